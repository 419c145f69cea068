"""What each page draws from its views, section by section (the pages read widgets and call these)."""

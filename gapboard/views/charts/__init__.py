"""Chart builders, one module per page plus the shared theme. Each returns an Altair chart; a view turns it into
the spec its page draws with `theme.spec`, and keeps that spec with the rest of the view."""

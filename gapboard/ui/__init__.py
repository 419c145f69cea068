"""Everything Streamlit: the page registry and URL contract, the frame around every page, URL-bound widgets,
tables, text formatting, drawing the views' charts, this session's uploads, and each page's sections."""

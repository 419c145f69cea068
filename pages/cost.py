"""Cost: API prices per model, with the price list each comes from."""
import streamlit as st

from gapboard import queries, ui

ui.start_page("Cost", "API prices in USD per million tokens, from every price list we hold.")

prices = queries.prices()
ui.table(
    prices,
    column_config={
        "input_usd_per_mtok": st.column_config.NumberColumn("Input $/M", format="$%.3f"),
        "output_usd_per_mtok": st.column_config.NumberColumn("Output $/M", format="$%.2f"),
        "cached_input_usd_per_mtok": st.column_config.NumberColumn("Cached input $/M", format="$%.3f"),
        "tokens_per_second": st.column_config.NumberColumn("Tokens/s"),
    }
    | ui.source_columns(),
)
st.caption(ui.MISSING_NOTE + " Rows without USD figures come from price lists in other currencies.")
ui.finish_page()

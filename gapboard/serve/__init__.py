"""Serving Gapboard from several replicas behind one port: `python -m gapboard.serve --replicas N` starts N
`streamlit run` processes and HAProxy (Debian's package) in front of them, with cookie stickiness, because a
Streamlit session's websocket and its uploads must keep reaching the replica that holds the session."""

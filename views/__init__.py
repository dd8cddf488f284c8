"""The Streamlit page files (run by app.py through st.navigation; never a folder named pages/)."""

"""The Slack app: a Bolt AsyncApp (app.py), Block Kit layout (blocks.py), button values (actions.py),
credentials (settings.py), Socket Mode (socket.py) and the app manifest (manifest.yaml).

slack_bolt is imported only inside these modules, never by the service or the CLI at start-up.
"""

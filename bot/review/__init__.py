"""The review queue: who may decide, which transitions are legal, and the advocacy library they feed.

`desk.ReviewDesk` holds the rules and calls the store; `bot.service.CarePost` is the one async door into it.
"""

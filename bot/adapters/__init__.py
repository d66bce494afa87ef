"""The chat surfaces. Each turns what a person did into a request (bot.intents), calls CarePost.handle,
and lays out the Reply. Adapters never talk to the store or the LLM: only to the service."""

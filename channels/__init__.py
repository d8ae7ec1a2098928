"""Custom Rasa input channels, referenced by class path from credentials.yml."""

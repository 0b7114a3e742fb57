"""The businesses part of the app: list, search, the business form, and each business's assessments."""

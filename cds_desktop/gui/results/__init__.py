"""The results of an assessment (level, scores, radar, strengths and weaknesses): `page.ResultsPage` holds
`view.ResultsView` and the comparison. Nothing is imported here: the comparison uses `chart`, and a package
that imported its page would import the comparison back (a circular import when the comparison comes first)."""

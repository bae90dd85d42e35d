"""Evaluation against a labelled corpus (truth files). Not part of the pipeline: the
pipeline never reads truth; this package does, for DPOs (`sottovoce rules eval`) and benchmarks."""

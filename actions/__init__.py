"""Contact-capture plugin for Rasa: the action server package.

Layers, top to bottom: ``forms``/``actions`` (conversation code, rasa-sdk),
``normalise`` (pure text -> value functions) and ``agentassist`` (the Kore.ai
Agent Assist client). Lower layers never import higher ones.
"""

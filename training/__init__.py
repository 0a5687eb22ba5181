"""Training code: how the shipped models are made. Not part of the app: the runtime never
imports it (.importlinter), the Docker image does not copy it (.dockerignore), and it needs
requirements-train.txt on top of requirements.txt."""

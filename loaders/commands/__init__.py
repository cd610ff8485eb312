"""Click commands, one module each; registered in loaders/cli.py."""

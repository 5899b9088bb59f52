"""One module per subcommand; each exposes ``register(subparsers)``.

A command's handler takes the parsed arguments and returns the exit code. It
parses input, calls one library function and prints; logic lives in the core.
"""

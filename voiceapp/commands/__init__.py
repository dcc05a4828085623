"""The command line's subcommands, one module per family; ``voiceapp.cli``
builds the parser from their ``register`` functions."""

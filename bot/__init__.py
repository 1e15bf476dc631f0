"""racebot's chat side: the command table, the core that routes messages, and the transports."""

"""Speed and memory measurements, each run by a command and compared to a baseline."""

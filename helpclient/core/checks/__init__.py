"""Quick checks of the user's computer: network, disk, memory, processor, clock, pending
restart, printing, program version — each concluding fine, attention or problem in one sentence,
with the words that find the article that fixes it and a safe action where one exists."""

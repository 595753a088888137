// Fuzzing harness entry point (see the README's "Robustness" section).
print("parlindex-fuzz: no targets yet")

"""Machine policy for tests: fixed values instead of a file or the registry."""


class DictPolicy:
    """A PolicySource holding ``values`` (dotted keys)."""

    def __init__(self, values):
        self.values = values

    def load(self):
        return dict(self.values)

    def describe(self):
        return "test policy"

    def problems(self):
        return []

"""Reading inputs and writing outputs: the edges of reportmine."""

"""Pages and text for people to read: the graph as one HTML page, a comparison as text, Markdown or HTML.
They take what link/ returns (graphs, comparison dicts) and import nothing above them."""

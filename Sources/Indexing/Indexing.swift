/// The on-disk index lives here.
public enum Indexing {}

/// The users' questions over the index (timeline, who pays, figures, precedents) live here.
public enum Answers {}

namespace GrainMarketing.FakePlatforms.Control;

/// <summary>One request a platform received: what a test reads to prove a connector did (or did not) call.</summary>
public sealed record LoggedRequest(long Sequence, DateTimeOffset Time, string Platform, string Method, string Path, string Query, int Status);

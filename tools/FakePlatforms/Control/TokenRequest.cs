namespace GrainMarketing.FakePlatforms.Control;

/// <summary>The token a control call expires or revokes (in the body: Google's refresh tokens hold slashes).</summary>
public sealed record TokenRequest(string Token);

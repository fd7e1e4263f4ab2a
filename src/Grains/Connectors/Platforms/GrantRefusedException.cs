namespace GrainMarketing.Connectors.Platforms;

/// <summary>The platform refused the grant itself (revoked, expired, invalid): no retry helps, a person must connect again.</summary>
public sealed class GrantRefusedException(string message) : Exception(message);

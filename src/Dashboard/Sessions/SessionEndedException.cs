namespace GrainMarketing.Dashboard.Sessions;

/// <summary>The API no longer accepts this session's tokens (signed out elsewhere, revoked, expired): sign in again.</summary>
public sealed class SessionEndedException() : Exception("The session has ended; sign in again.");

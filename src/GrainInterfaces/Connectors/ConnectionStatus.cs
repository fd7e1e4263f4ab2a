namespace GrainMarketing.Connectors;

/// <summary>Where a connection to an ad platform stands.</summary>
public enum ConnectionStatus
{
    /// <summary>Waiting for the person to consent at the platform and come back through the callback.</summary>
    Authorizing,

    /// <summary>Holds a working grant; the selected accounts sync.</summary>
    Active,

    /// <summary>The grant was revoked, expired or refused: an admin must connect again.</summary>
    NeedsReauth,
}

namespace GrainMarketing.Connectors;

/// <summary>The bound on a tenant's connections.</summary>
public static class ConnectionBook
{
    /// <summary>An agency connects one grant per platform and business, not hundreds; each connection's accounts sync on their own.</summary>
    public const int MaxConnections = 50;
}

using GrainMarketing.Metrics;

namespace GrainMarketing.Connectors;

/// <summary>The key of a tenant's <see cref="IPlatformAccountIndexGrain"/> for one platform: <c>acme/meta</c>, the platform spelt as in campaign keys.</summary>
public static class PlatformAccountIndexKey
{
    public static string For(string tenant, AdPlatform platform) => $"{tenant}/{platform.ToString().ToLowerInvariant()}";
}

namespace GrainMarketing.FakePlatforms.Auth;

/// <summary>What a presented token is now.</summary>
public enum TokenState
{
    Valid,
    Missing,
    Unknown,
    Expired,
    Revoked,
}

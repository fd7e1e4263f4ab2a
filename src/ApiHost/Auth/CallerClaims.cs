namespace GrainMarketing.ApiHost.Auth;

/// <summary>Claim types of the two kinds of caller: people (JWT) and API keys.</summary>
public static class CallerClaims
{
    /// <summary>A person's normalised email, from the access token.</summary>
    public const string Email = "email";

    /// <summary>The login (refresh-token family) an access token belongs to; the token dies with it.</summary>
    public const string Session = "sid";

    /// <summary>An API key's id (<c>tenant.keyId</c>), its tenant and its scope.</summary>
    public const string KeyId = "gm_key";
    public const string KeyTenant = "gm_tenant";
    public const string KeyScope = "gm_scope";
}

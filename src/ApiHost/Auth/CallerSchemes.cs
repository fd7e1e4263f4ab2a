using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace GrainMarketing.ApiHost.Auth;

/// <summary>Authentication schemes: a policy scheme picks JWT bearer or API key from the request.</summary>
public static class CallerSchemes
{
    public const string Bearer = JwtBearerDefaults.AuthenticationScheme;
    public const string ApiKey = "ApiKey";
    public const string Default = "BearerOrApiKey";
}

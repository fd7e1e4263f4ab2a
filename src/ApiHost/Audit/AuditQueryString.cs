using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.Audit;
using GrainMarketing.Errors;
using Microsoft.AspNetCore.Mvc;

namespace GrainMarketing.ApiHost.Audit;

/// <summary>The query string of <c>GET /api/v1/tenants/{tenant}/audit</c> as sent.</summary>
/// <remarks>Values are read as text so that every bad one is named at once; an empty value counts as absent.</remarks>
public sealed class AuditQueryString : HistoryPageQueryString
{
    /// <summary>An action (<c>key.created</c>), or a prefix ending in <c>.</c> or <c>*</c> (<c>member.</c>).</summary>
    [FromQuery(Name = "action")]
    public string? Action { get; set; }

    /// <summary>Who acted: an email, or <c>key:{tenant}.{keyId}</c> for an API key.</summary>
    [FromQuery(Name = "actor")]
    public string? Actor { get; set; }

    /// <summary>What was acted on, such as a member's email or a key's prefix.</summary>
    [FromQuery(Name = "target")]
    public string? Target { get; set; }

    /// <summary>The query for <paramref name="tenant"/>; a <see cref="ValidationFailedException"/> naming every bad value otherwise.</summary>
    public AuditQuery ToQuery(string tenant)
    {
        var errors = new ValidationErrors();
        var page = ReadPage(errors, AuditQuery.DefaultLimit, AuditQuery.MaxLimit);
        errors.ThrowIfAny();
        return new AuditQuery(tenant)
        {
            Action = QueryValues.Given(Action),
            Actor = QueryValues.Given(Actor),
            Target = QueryValues.Given(Target),
            From = page.From,
            To = page.To,
            Limit = page.Limit,
            Before = page.Before,
        };
    }
}

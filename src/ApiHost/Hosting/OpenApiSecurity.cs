using System.Globalization;
using GrainMarketing.ApiHost.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace GrainMarketing.ApiHost.Hosting;

/// <summary>Describes the bearer JWT and <c>X-Api-Key</c> credentials in the OpenAPI document, so the reference page can sign requests.</summary>
/// <remarks>
/// Marks each operation with the credentials its policy takes (an anonymous one with none), declares the 401, 403 and
/// tenant 404 problems the authorization layer answers, and says at the end of its description who may call it.
/// </remarks>
public sealed class OpenApiSecurity : IOpenApiDocumentTransformer, IOpenApiOperationTransformer
{
    public const string Bearer = "bearer";
    public const string ApiKey = "apiKey";

    private static readonly Dictionary<string, string> Who = new()
    {
        [TenantPolicies.SignedIn] = "a signed-in person (access token)",
        [TenantPolicies.Read] = "a viewer or above, or a read or admin API key",
        [TenantPolicies.Write] = "an editor or admin, or an admin API key",
        [TenantPolicies.Ingest] = "an editor or admin, or an ingest or admin API key",
        [TenantPolicies.Admin] = "an admin, or an admin API key",
        [TenantPolicies.Member] = "any member (access token, not an API key)",
        [TenantPolicies.AdminPerson] = "an admin (access token, not an API key)",
    };

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[Bearer] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "An access token from POST /api/v1/auth/login.",
        };
        document.Components.SecuritySchemes[ApiKey] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiKeyAuthenticationHandler.Header,
            Description = "A tenant's API key from POST /api/v1/tenants/{tenant}/keys.",
        };
        return Task.CompletedTask;
    }

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAllowAnonymous>().Any())
        {
            // An empty list, not a missing one: the document says outright that no credentials are needed.
            operation.Security = [];
            Describe(operation, "anyone, without credentials");
            return Task.CompletedTask;
        }

        if (metadata.OfType<IAuthorizeData>().Select(a => a.Policy).LastOrDefault(p => p is not null) is not { } policy)
        {
            return Task.CompletedTask;
        }

        var tenantPolicy = TenantPolicies.Requirements.TryGetValue(policy, out var requirement);
        operation.Security = [Requirement(Bearer, context.Document)];
        if (tenantPolicy && requirement!.Scopes.Count > 0)
        {
            operation.Security.Add(Requirement(ApiKey, context.Document));
        }

        Refusal(operation, context, StatusCodes.Status401Unauthorized, "No credentials, or an access token or API key that is not valid (expired, revoked or unknown).");
        Refusal(operation, context, StatusCodes.Status403Forbidden, "The caller's role in the tenant, or the API key's scope, does not allow this.");
        if (tenantPolicy)
        {
            Refusal(operation, context, StatusCodes.Status404NotFound, "Not found; also the answer to a caller who is not a member of the tenant, so a tenant's existence never leaks.");
        }

        Describe(operation, Who.GetValueOrDefault(policy, policy));
        return Task.CompletedTask;
    }

    private static void Describe(OpenApiOperation operation, string who)
    {
        var sentence = $"Who may call it: {who}.";
        operation.Description = string.IsNullOrEmpty(operation.Description) ? sentence : $"{operation.Description}\n\n{sentence}";
    }

    /// <summary>Declares a refusal the authorization layer answers with a problem, unless the endpoint declared that status itself.</summary>
    private static void Refusal(OpenApiOperation operation, OpenApiOperationTransformerContext context, int status, string description)
    {
        operation.Responses ??= [];
        operation.Responses.TryAdd(status.ToString(CultureInfo.InvariantCulture), new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference(nameof(ProblemDetails), context.Document) },
            },
        });
    }

    private static OpenApiSecurityRequirement Requirement(string scheme, OpenApiDocument? document) =>
        new() { [new OpenApiSecuritySchemeReference(scheme, document)] = [] };
}

using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using GrainMarketing.IntegrationTests.Infrastructure;

namespace GrainMarketing.IntegrationTests.Hosting;

/// <summary>
/// The OpenAPI document the running API host serves passes the pinned linter (Redocly CLI, tools/openapi-lint)
/// with no error and no warning, so the typed clients generated from it can trust it.
/// </summary>
/// <remarks>scripts/test.sh installs the linter with <c>npm ci</c>; a missing linter fails here, it never skips.</remarks>
[Collection(ApiCollection.Name)]
public sealed class OpenApiLintTests(ApiCluster fixture)
{
    private static readonly string LintDirectory = Path.Combine(TestEnvironment.RepositoryRoot, "tools", "openapi-lint");

    [Fact]
    public async Task TheServedDocumentHasNoLintErrorsOrWarnings()
    {
        // The document is generated on each request, which takes seconds on a busy machine: more than the usual client waits.
        using var anonymous = fixture.Cluster.CreateApiClient();
        anonymous.Timeout = TimeSpan.FromMinutes(1);
        var lint = await LintAsync(await anonymous.GetStringAsync("openapi/v1.json"));

        Assert.True(lint.Problems.Count == 0 && lint.ExitCode == 0, lint.Report());
    }

    [Fact]
    public async Task TheLinterRefusesAPathParameterNobodyDeclaresAndAnOperationWithoutSecurity()
    {
        const string document = """
            {"openapi": "3.1.1", "info": {"title": "t", "version": "1", "description": "d"}, "servers": [{"url": "https://api.grainmarketing.dev"}],
             "tags": [{"name": "T", "description": "d"}],
             "paths": {"/tenants/{tenant}/things": {"get": {"tags": ["T"], "operationId": "ListThings", "summary": "s", "description": "d",
               "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "string"}}}},
                             "404": {"description": "no", "content": {"application/problem+json": {"schema": {"type": "object",
                               "properties": {"type": {"type": "string"}, "title": {"type": "string"}}}}}}}}}}}
            """;

        var lint = await LintAsync(document);

        Assert.NotEqual(0, lint.ExitCode);
        Assert.Equal(["path-parameters-defined", "security-defined"], lint.Problems.Select(p => p.Rule).Order());
    }

    private static async Task<LintResult> LintAsync(string document)
    {
        var cli = Path.Combine(LintDirectory, "node_modules", ".bin", "redocly");
        Assert.True(File.Exists(cli), $"The OpenAPI linter is not installed at {cli}: run scripts/test.sh, or npm ci --prefix tools/openapi-lint.");
        var path = Path.Combine(Path.GetTempPath(), $"grainmarketing-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, document);
        try
        {
            var start = new ProcessStartInfo("node")
            {
                ArgumentList = { cli, "lint", "--config", Path.Combine(LintDirectory, "redocly.yaml"), "--lint-config", "error", "--format", "json", path },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                // Nothing leaves the machine: no usage telemetry, no version check.
                Environment = { ["REDOCLY_TELEMETRY"] = "off", ["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true", ["NO_COLOR"] = "1" },
            };
            using var linter = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
            var output = linter.StandardOutput.ReadToEndAsync();
            var errors = linter.StandardError.ReadToEndAsync();
            using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await linter.WaitForExitAsync(deadline.Token);
            return LintResult.Parse(linter.ExitCode, await output, await errors);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private sealed record LintProblem(string Rule, string Severity, string Pointer, string Message);

    private sealed record LintResult(int ExitCode, IReadOnlyList<LintProblem> Problems, string Output, string Errors)
    {
        public static LintResult Parse(int exitCode, string output, string errors)
        {
            var start = output.IndexOf('{', StringComparison.Ordinal);
            if (start < 0)
            {
                return new(exitCode, [new("(no report)", "error", "", "the linter wrote no JSON report")], output, errors);
            }

            using var report = JsonDocument.Parse(output[start..]);
            var problems = report.RootElement.GetProperty("problems").EnumerateArray().Select(p => new LintProblem(
                p.GetProperty("ruleId").GetString() ?? "",
                p.GetProperty("severity").GetString() ?? "",
                p.GetProperty("location").EnumerateArray().Select(l => l.GetProperty("pointer").GetString()).FirstOrDefault() ?? "",
                p.GetProperty("message").GetString() ?? "")).ToList();
            return new(exitCode, problems, output, errors);
        }

        public string Report()
        {
            var report = new StringBuilder($"The linter exited with {ExitCode} and reported {Problems.Count} problems:\n");
            foreach (var problem in Problems)
            {
                report.Append(CultureInfo.InvariantCulture, $"  {problem.Severity} {problem.Rule} at {problem.Pointer}: {problem.Message}\n");
            }

            return report.Append("stderr:\n").Append(Errors).ToString();
        }
    }
}

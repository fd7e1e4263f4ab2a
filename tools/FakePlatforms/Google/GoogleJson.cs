using System.Text;
using System.Text.Json.Nodes;

namespace GrainMarketing.FakePlatforms.Google;

/// <summary>GAQL rows written as the REST API writes them: nested lowerCamelCase objects, a resourceName on each resource.</summary>
public static class GoogleJson
{
    private static readonly string[] Resources = ["customer", "campaign", "campaign_budget", "ad_group", "ad_group_ad", "age_range_view", "gender_view"];

    public static JsonObject Row(IReadOnlyList<string> fields, Dictionary<string, object?> values, string resource)
    {
        var row = new JsonObject();
        foreach (var field in fields.Concat(ResourceNames(fields, resource)).Distinct())
        {
            if (values.GetValueOrDefault(field) is not { } value)
            {
                continue;
            }

            var parts = field.Split('.');
            var node = row;
            foreach (var part in parts[..^1])
            {
                var name = Camel(part);
                if (node[name] is not JsonObject child)
                {
                    child = new JsonObject();
                    node[name] = child;
                }

                node = child;
            }

            node[Camel(parts[^1])] = value switch
            {
                double d => JsonValue.Create(d),
                _ => JsonValue.Create(value.ToString()),
            };
        }

        return row;
    }

    /// <summary>The field mask Google echoes: the selected fields in lowerCamelCase.</summary>
    public static string FieldMask(IReadOnlyList<string> fields) => string.Join(',', fields.Select(f => string.Join('.', f.Split('.').Select(Camel))));

    // Google adds each selected resource's resourceName even when not asked for.
    private static IEnumerable<string> ResourceNames(IReadOnlyList<string> fields, string resource) =>
        Resources.Where(r => r == resource || fields.Any(f => f.StartsWith(r + ".", StringComparison.Ordinal)))
            .Where(r => r != "customer" || resource == "customer")
            .Select(r => r + ".resource_name");

    public static string Camel(string snake)
    {
        var text = new StringBuilder();
        var upper = false;
        foreach (var c in snake)
        {
            if (c == '_')
            {
                upper = true;
                continue;
            }

            text.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        return text.ToString();
    }
}

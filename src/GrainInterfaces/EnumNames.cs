namespace GrainMarketing;

/// <summary>Enum values as the API and stored JSON write them: camelCase (<c>scaleBudget</c>, <c>highSpender</c>).</summary>
public static class EnumNames
{
    public static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    public static string Camel<T>(T value)
        where T : struct, Enum => Camel(value.ToString());
}

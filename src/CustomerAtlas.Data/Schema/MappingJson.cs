using System.Text.Json;
using System.Text.Json.Serialization;

namespace CustomerAtlas.Data.Schema;

/// <summary>JSON settings for mapping files and the saved schema (camelCase, enums as strings).</summary>
public static class MappingJson
{
    /// <summary>The shared options.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}

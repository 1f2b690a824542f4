using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using CustomerAtlas.Core.Clustering;
using CustomerAtlas.Core.Drift;
using CustomerAtlas.Core.Serialization;
using CustomerAtlas.Data.Engines;
using CustomerAtlas.Data.Features;
using CustomerAtlas.Deep;
using CustomerAtlas.Pipeline.Monitoring;
using CustomerAtlas.Pipeline.Preprocessing;
using CustomerAtlas.Pipeline.Pushdown;
using CustomerAtlas.Pipeline.Segmentation;

namespace CustomerAtlas.Pipeline.Runs;

/// <summary>
/// model.json: everything <c>atlas score</c> needs to assign new customers exactly as the fit did
/// (feature plan with its SQL and encodings, preprocessing, the clustering model) plus how the fit
/// was made (input hash, seed, k selection, product version). Versioned by <see cref="FormatVersion"/>.
/// </summary>
public sealed record SegmentModel
{
    /// <summary>Value of <see cref="Format"/>.</summary>
    public const string FormatName = "customeratlas.segment-model";

    /// <summary>Current format version; readers refuse newer ones.</summary>
    public const int CurrentVersion = 1;

    /// <summary>Always <see cref="FormatName"/>.</summary>
    public string Format { get; init; } = FormatName;

    /// <summary>Format version.</summary>
    public int FormatVersion { get; init; } = CurrentVersion;

    /// <summary>Version of CustomerAtlas that wrote the file.</summary>
    public required string ProductVersion { get; init; }

    /// <summary>When the fit finished (UTC).</summary>
    public required DateTimeOffset CreatedUtc { get; init; }

    /// <summary>The engine the features were computed in ("duckdb", "clickhouse").</summary>
    public required string Engine { get; init; }

    /// <summary>How k-means ran inside the engine (sample size, scans); null when it ran in process.</summary>
    public PushdownRecord? Pushdown { get; init; }

    /// <summary>The input file.</summary>
    public required InputInfo Input { get; init; }

    /// <summary>How the input file was read (delimiter, header, formats).</summary>
    public required DataSource Reader { get; init; }

    /// <summary>Seed of every random step.</summary>
    public required int Seed { get; init; }

    /// <summary>Number of segments.</summary>
    public required int K { get; init; }

    /// <summary>Schema, features with their SQL, learned encodings, reference time.</summary>
    public required FeaturePlan FeaturePlan { get; init; }

    /// <summary>Imputation, log1p, scaling per kept feature; dropped features with reasons.</summary>
    public required Preprocessor Preprocessing { get; init; }

    /// <summary>Scores of each k tried and the choice.</summary>
    public required KSelection Selection { get; init; }

    /// <summary>Segments: id, name, size, centroid.</summary>
    public required IReadOnlyList<SegmentSummary> Segments { get; init; }

    /// <summary>The fitted clustering model in Core's <see cref="ModelFile"/> envelope.</summary>
    public required JsonObject ClusterModel { get; init; }

    /// <summary>
    /// How the fitted customers were distributed (each feature's quantile bins, segment shares, distances to the centres),
    /// which <c>atlas drift</c> compares new customers with; null in models saved before drift monitoring.
    /// </summary>
    public DriftReference? Drift { get; init; }

    /// <summary>
    /// Set when this model refreshed an earlier one (<c>atlas segment --refresh-of</c>): the parent's version and how its
    /// segments continue in this one; null otherwise.
    /// </summary>
    public RefreshLineage? Refresh { get; init; }

    /// <summary>
    /// The version id of this model: its fit time and the start of its input's SHA-256, so exporting the same run twice
    /// names the same version (and replaces it).
    /// </summary>
    [JsonIgnore]
    public string Version =>
        string.Create(CultureInfo.InvariantCulture, $"{CreatedUtc.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}-{(Input.Sha256.Length >= 12 ? Input.Sha256[..12] : Input.Sha256)}");

    /// <summary>Writes the model as indented JSON.</summary>
    public void Save(Stream stream) => JsonSerializer.Serialize(stream, this, RunJson.Options);

    /// <summary>Reads model.json, checking format and version.</summary>
    /// <exception cref="InvalidDataException">Not a segment model, or a newer version.</exception>
    public static SegmentModel Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        return Checked(() => JsonNode.Parse(stream), path);
    }

    /// <summary>
    /// Reads model.json text (as the segment store keeps it), checking format and version as <see cref="Load"/>
    /// does; <paramref name="source"/> names the text in error messages.
    /// </summary>
    /// <exception cref="InvalidDataException">Not a segment model, or a newer version.</exception>
    public static SegmentModel Parse(string json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(source);
        return Checked(() => JsonNode.Parse(json), source);
    }

    private static SegmentModel Checked(Func<JsonNode?> parse, string source)
    {
        JsonNode? node;
        try
        {
            node = parse();
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{source}: not valid JSON ({ex.Message}).", ex);
        }

        if ((string?)node?["format"] != FormatName)
        {
            throw new InvalidDataException($"{source}: not a CustomerAtlas segment model (format is '{node?["format"]}', expected '{FormatName}').");
        }

        int version = (int?)node["formatVersion"] ?? 0;
        if (version < 1 || version > CurrentVersion)
        {
            throw new InvalidDataException($"{source}: model format version {version} is not supported (this build reads 1..{CurrentVersion}).");
        }

        return node.Deserialize<SegmentModel>(RunJson.Options) ?? throw new InvalidDataException($"{source}: the model is empty.");
    }

    /// <summary>The clustering model, loaded from <see cref="ClusterModel"/>.</summary>
    public IClusterModel LoadClusterModel()
    {
        // Deep models live outside Core, so their types join the model registry before any load.
        DeepModels.Register();
        return ModelFile.FromJson(ClusterModel);
    }
}

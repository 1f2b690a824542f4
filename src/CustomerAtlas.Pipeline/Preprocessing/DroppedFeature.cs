namespace CustomerAtlas.Pipeline.Preprocessing;

/// <summary>A feature left out of the model and why.</summary>
/// <param name="Name">Feature name.</param>
/// <param name="Reason">"constant", or "near-duplicate of X (r = 0.97)".</param>
public sealed record DroppedFeature(string Name, string Reason);

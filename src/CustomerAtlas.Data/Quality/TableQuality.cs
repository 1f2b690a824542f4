using CustomerAtlas.Data.Schema;

namespace CustomerAtlas.Data.Quality;

/// <summary>Quality issues of a customer table that the column profiles already show.</summary>
public static class TableQuality
{
    /// <summary>Missing ids, missing and unparseable values in used columns, constant columns.</summary>
    public static IReadOnlyList<QualityIssue> FromProfiles(IReadOnlyList<ColumnProfile> profiles, SchemaMapping schema)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        ArgumentNullException.ThrowIfNull(schema);
        var issues = new List<QualityIssue>();
        var used = schema.Numeric.Concat(schema.Categorical).Concat(schema.Dates.Keys).ToHashSet(StringComparer.Ordinal);
        foreach (var p in profiles)
        {
            if (p.Name == schema.Id && p.Missing > 0)
            {
                issues.Add(new QualityIssue("missing-customer-id", "rows without a customer id", p.Missing, RemediationAction.Drop, p.Name));
            }
            else if (used.Contains(p.Name) && p.Missing > 0)
            {
                issues.Add(new QualityIssue("missing-value", $"missing values in '{p.Name}'", p.Missing, RemediationAction.Impute, p.Name));
            }

            if (used.Contains(p.Name) && p.Unparseable > 0)
            {
                issues.Add(new QualityIssue("unparseable-value", $"values of '{p.Name}' that do not parse as numbers", p.Unparseable, RemediationAction.Impute, p.Name));
            }

            if (p.NonNull > 0 && p.Distinct <= 1 && p.Name != schema.Id)
            {
                issues.Add(new QualityIssue("constant-column", $"'{p.Name}' holds a single value", p.Rows, RemediationAction.ExcludeColumn, p.Name));
            }
        }

        return issues;
    }
}

namespace EntityScreen;

/// <summary>Configuration for <c>services.AddEntityScreening(...)</c>: which lists to load and how to screen.</summary>
public sealed class EntityScreeningOptions
{
    /// <summary>List files or OFAC folders to load at start-up (format detected).</summary>
    public IList<string> ListPaths { get; } = [];

    /// <summary>Screening options.</summary>
    public ScreeningOptions Screening { get; set; } = new();
}

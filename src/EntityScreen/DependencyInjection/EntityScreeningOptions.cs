namespace EntityScreen;

/// <summary>Configuration for <c>services.AddEntityScreening(...)</c>: which lists to load and how to screen.</summary>
public sealed class EntityScreeningOptions
{
    /// <summary>List files or OFAC folders to load at start-up (format detected).</summary>
    public IList<string> ListPaths { get; } = [];

    /// <summary>Alias-overlay files to apply to the lists (see <see cref="AliasOverlay"/>), in order, after the default one when <see cref="UseDefaultOverlay"/>.</summary>
    public IList<string> OverlayPaths { get; } = [];

    /// <summary>True to apply <see cref="AliasOverlay.Default"/> (the curated Chinese names of Entity List and MEU parties). Off by default.</summary>
    public bool UseDefaultOverlay { get; set; }

    /// <summary>Screening options.</summary>
    public ScreeningOptions Screening { get; set; } = new();
}

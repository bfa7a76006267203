using System.Buffers;

namespace EntityScreen.Cli;

/// <summary>
/// CSV cells that a spreadsheet cannot run as formulas (OWASP, "CSV Injection"): a cell starting with <c>=</c>,
/// <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return gets a single quote in front, which spreadsheets show
/// as text. The CSV writer then quotes the cell where CSV needs it (a comma, a double quote or a line break).
/// </summary>
/// <remarks>
/// A negative number such as <c>-5</c> is prefixed too (<c>'-5</c>), as OWASP says: telling a number from a formula
/// such as <c>-2+3+cmd|' /C calc'!A0</c> is the very parsing the rule avoids, and the tool writes its own numbers
/// (line, score) without a sign. Ids and names copied from the input or a list are text either way.
/// </remarks>
internal static class CsvCells
{
    /// <summary>The characters that make a spreadsheet read a cell as a formula (or strip them and then do).</summary>
    private static readonly SearchValues<char> s_formulaStarts = SearchValues.Create("=+-@\t\r");

    /// <summary>True when <paramref name="cell"/> starts with a character a spreadsheet reads as the start of a formula.</summary>
    public static bool StartsLikeFormula(ReadOnlySpan<char> cell) =>
        !cell.IsEmpty && s_formulaStarts.Contains(cell[0]);

    /// <summary>
    /// The cell as a spreadsheet must see it: prefixed with <c>'</c> when it starts like a formula, else unchanged
    /// (null stays null).
    /// </summary>
    public static string? Neutralize(string? cell) =>
        cell is not null && StartsLikeFormula(cell) ? string.Concat("'", cell) : cell;

    /// <summary>Neutralizes every cell of a record in place, and returns it.</summary>
    public static string?[] Neutralize(string?[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = Neutralize(cells[i]);
        }

        return cells;
    }
}

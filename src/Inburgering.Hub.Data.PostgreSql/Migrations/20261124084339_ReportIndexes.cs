using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Inburgering.Hub.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class ReportIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_pvts_GemeenteCode_AfgerondOp",
                table: "pvts",
                columns: new[] { "GemeenteCode", "AfgerondOp" });

            migrationBuilder.CreateIndex(
                name: "IX_participatieactiviteiten_GemeenteCode_Startdatum",
                table: "participatieactiviteiten",
                columns: new[] { "GemeenteCode", "Startdatum" });

            migrationBuilder.CreateIndex(
                name: "IX_ontzorgtrajecten_GemeenteCode_Startdatum",
                table: "ontzorgtrajecten",
                columns: new[] { "GemeenteCode", "Startdatum" });

            migrationBuilder.CreateIndex(
                name: "IX_map_trajecten_GemeenteCode_DatumEindgesprek",
                table: "map_trajecten",
                columns: new[] { "GemeenteCode", "DatumEindgesprek" });

            migrationBuilder.CreateIndex(
                name: "IX_leerroute_deelnames_GemeenteCode_Einddatum",
                table: "leerroute_deelnames",
                columns: new[] { "GemeenteCode", "Einddatum" });

            migrationBuilder.CreateIndex(
                name: "IX_leerroute_deelnames_GemeenteCode_Startdatum",
                table: "leerroute_deelnames",
                columns: new[] { "GemeenteCode", "Startdatum" });

            migrationBuilder.CreateIndex(
                name: "IX_leerroute_deelnames_InburgeraarId_Leerroute_Startdatum",
                table: "leerroute_deelnames",
                columns: new[] { "InburgeraarId", "Leerroute", "Startdatum" });

            migrationBuilder.CreateIndex(
                name: "IX_koppelingen_GemeenteCode_Huisvestingsdatum",
                table: "koppelingen",
                columns: new[] { "GemeenteCode", "Huisvestingsdatum" });

            migrationBuilder.CreateIndex(
                name: "IX_inburgeringsplichten_GemeenteCode_TermijnEinde",
                table: "inburgeringsplichten",
                columns: new[] { "GemeenteCode", "TermijnEinde" });

            migrationBuilder.CreateIndex(
                name: "IX_inburgeraars_GemeenteCode_Geboortejaar",
                table: "inburgeraars",
                columns: new[] { "GemeenteCode", "Geboortejaar" });

            migrationBuilder.CreateIndex(
                name: "IX_duo_meldingen_GemeenteCode_Datum_Soort",
                table: "duo_meldingen",
                columns: new[] { "GemeenteCode", "Datum", "Soort" });

            migrationBuilder.CreateIndex(
                name: "IX_duo_meldingen_InburgeraarId_Kennisgeving",
                table: "duo_meldingen",
                columns: new[] { "InburgeraarId", "Soort", "Wet", "Doelgroep", "Datum", "IsDeleted", "VervangenDoorSourceId", "GemeenteCode" });

            migrationBuilder.CreateIndex(
                name: "IX_brede_intakes_GemeenteCode_PipBeeindigdOp",
                table: "brede_intakes",
                columns: new[] { "GemeenteCode", "PipBeeindigdOp" });

            migrationBuilder.CreateIndex(
                name: "IX_brede_intakes_GemeenteCode_PipDagtekening",
                table: "brede_intakes",
                columns: new[] { "GemeenteCode", "PipDagtekening" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_pvts_GemeenteCode_AfgerondOp",
                table: "pvts");

            migrationBuilder.DropIndex(
                name: "IX_participatieactiviteiten_GemeenteCode_Startdatum",
                table: "participatieactiviteiten");

            migrationBuilder.DropIndex(
                name: "IX_ontzorgtrajecten_GemeenteCode_Startdatum",
                table: "ontzorgtrajecten");

            migrationBuilder.DropIndex(
                name: "IX_map_trajecten_GemeenteCode_DatumEindgesprek",
                table: "map_trajecten");

            migrationBuilder.DropIndex(
                name: "IX_leerroute_deelnames_GemeenteCode_Einddatum",
                table: "leerroute_deelnames");

            migrationBuilder.DropIndex(
                name: "IX_leerroute_deelnames_GemeenteCode_Startdatum",
                table: "leerroute_deelnames");

            migrationBuilder.DropIndex(
                name: "IX_leerroute_deelnames_InburgeraarId_Leerroute_Startdatum",
                table: "leerroute_deelnames");

            migrationBuilder.DropIndex(
                name: "IX_koppelingen_GemeenteCode_Huisvestingsdatum",
                table: "koppelingen");

            migrationBuilder.DropIndex(
                name: "IX_inburgeringsplichten_GemeenteCode_TermijnEinde",
                table: "inburgeringsplichten");

            migrationBuilder.DropIndex(
                name: "IX_inburgeraars_GemeenteCode_Geboortejaar",
                table: "inburgeraars");

            migrationBuilder.DropIndex(
                name: "IX_duo_meldingen_GemeenteCode_Datum_Soort",
                table: "duo_meldingen");

            migrationBuilder.DropIndex(
                name: "IX_duo_meldingen_InburgeraarId_Kennisgeving",
                table: "duo_meldingen");

            migrationBuilder.DropIndex(
                name: "IX_brede_intakes_GemeenteCode_PipBeeindigdOp",
                table: "brede_intakes");

            migrationBuilder.DropIndex(
                name: "IX_brede_intakes_GemeenteCode_PipDagtekening",
                table: "brede_intakes");
        }
    }
}

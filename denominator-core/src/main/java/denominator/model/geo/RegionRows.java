package denominator.model.geo;

/**
 * The canonical regions, one row per region: code, kind, parent code (empty for the world) and
 * English name, separated by tabs; parents come before their children. Kept in a class rather than
 * a resource file so that reading it opens no jar: a CLI command that reads only archived classes
 * opens none (~8 ms for the CLI's jar).
 *
 * <p>Codes: {@code *} is the catch-all; continents are {@code continent:XX} because their
 * two-letter codes collide with ISO 3166-1 (AF, AS, NA, SA); countries are ISO 3166-1 alpha-2;
 * subdivisions are ISO 3166-2 {@code CC-SUB}.
 *
 * <p>Sources:
 *
 * <ul>
 *   <li>Countries: all 249 officially assigned ISO 3166-1 alpha-2 codes, names from Debian
 *       iso-codes 4.15 (iso_3166-1.json), using its short common_name where it has one (Bolivia,
 *       Iran, ...).
 *   <li>Continents: the seven codes of Route53's ContinentCode (AF AN AS EU NA OC SA), which are
 *       also GeoIP's. A country's continent is the one MaxMind GeoIP2/GeoLite2 reports, which comes
 *       from GeoNames countryInfo.txt (RU and UA in EU, TR in AS, CY in EU, AQ BV GS HM TF in AN,
 *       UM in OC). The legacy GeoIP C API table (libGeoIP GeoIP_country_continent) differs only for
 *       CX, TL (AS there), CY (AS there) and TR (EU there).
 *   <li>Subdivisions: from ISO 3166-2 (Debian iso-codes iso_3166-2.json): every US code (50 states,
 *       DC and the 6 outlying areas AS GU MP PR UM VI), every Canadian province and territory, and
 *       UA-43 Crimea (ISO name Avtonomna Respublika Krym). Route53's API reference documents
 *       SubdivisionCode for US states only; Crimea is the one other subdivision its users are seen
 *       to route on (CountryCode UA with Route53's own SubdivisionCode 11), so the route53 module
 *       maps UA-43 and must verify it against ListGeoLocations.
 * </ul>
 */
final class RegionRows {
  static final String TSV =
      """
      *\tWORLD\t\tWorld
      continent:AF\tCONTINENT\t*\tAfrica
      continent:AN\tCONTINENT\t*\tAntarctica
      continent:AS\tCONTINENT\t*\tAsia
      continent:EU\tCONTINENT\t*\tEurope
      continent:NA\tCONTINENT\t*\tNorth America
      continent:OC\tCONTINENT\t*\tOceania
      continent:SA\tCONTINENT\t*\tSouth America
      AD\tCOUNTRY\tcontinent:EU\tAndorra
      AE\tCOUNTRY\tcontinent:AS\tUnited Arab Emirates
      AF\tCOUNTRY\tcontinent:AS\tAfghanistan
      AG\tCOUNTRY\tcontinent:NA\tAntigua and Barbuda
      AI\tCOUNTRY\tcontinent:NA\tAnguilla
      AL\tCOUNTRY\tcontinent:EU\tAlbania
      AM\tCOUNTRY\tcontinent:AS\tArmenia
      AO\tCOUNTRY\tcontinent:AF\tAngola
      AQ\tCOUNTRY\tcontinent:AN\tAntarctica
      AR\tCOUNTRY\tcontinent:SA\tArgentina
      AS\tCOUNTRY\tcontinent:OC\tAmerican Samoa
      AT\tCOUNTRY\tcontinent:EU\tAustria
      AU\tCOUNTRY\tcontinent:OC\tAustralia
      AW\tCOUNTRY\tcontinent:NA\tAruba
      AX\tCOUNTRY\tcontinent:EU\tÅland Islands
      AZ\tCOUNTRY\tcontinent:AS\tAzerbaijan
      BA\tCOUNTRY\tcontinent:EU\tBosnia and Herzegovina
      BB\tCOUNTRY\tcontinent:NA\tBarbados
      BD\tCOUNTRY\tcontinent:AS\tBangladesh
      BE\tCOUNTRY\tcontinent:EU\tBelgium
      BF\tCOUNTRY\tcontinent:AF\tBurkina Faso
      BG\tCOUNTRY\tcontinent:EU\tBulgaria
      BH\tCOUNTRY\tcontinent:AS\tBahrain
      BI\tCOUNTRY\tcontinent:AF\tBurundi
      BJ\tCOUNTRY\tcontinent:AF\tBenin
      BL\tCOUNTRY\tcontinent:NA\tSaint Barthélemy
      BM\tCOUNTRY\tcontinent:NA\tBermuda
      BN\tCOUNTRY\tcontinent:AS\tBrunei Darussalam
      BO\tCOUNTRY\tcontinent:SA\tBolivia
      BQ\tCOUNTRY\tcontinent:NA\tBonaire, Sint Eustatius and Saba
      BR\tCOUNTRY\tcontinent:SA\tBrazil
      BS\tCOUNTRY\tcontinent:NA\tBahamas
      BT\tCOUNTRY\tcontinent:AS\tBhutan
      BV\tCOUNTRY\tcontinent:AN\tBouvet Island
      BW\tCOUNTRY\tcontinent:AF\tBotswana
      BY\tCOUNTRY\tcontinent:EU\tBelarus
      BZ\tCOUNTRY\tcontinent:NA\tBelize
      CA\tCOUNTRY\tcontinent:NA\tCanada
      CC\tCOUNTRY\tcontinent:AS\tCocos (Keeling) Islands
      CD\tCOUNTRY\tcontinent:AF\tCongo, The Democratic Republic of the
      CF\tCOUNTRY\tcontinent:AF\tCentral African Republic
      CG\tCOUNTRY\tcontinent:AF\tCongo
      CH\tCOUNTRY\tcontinent:EU\tSwitzerland
      CI\tCOUNTRY\tcontinent:AF\tCôte d'Ivoire
      CK\tCOUNTRY\tcontinent:OC\tCook Islands
      CL\tCOUNTRY\tcontinent:SA\tChile
      CM\tCOUNTRY\tcontinent:AF\tCameroon
      CN\tCOUNTRY\tcontinent:AS\tChina
      CO\tCOUNTRY\tcontinent:SA\tColombia
      CR\tCOUNTRY\tcontinent:NA\tCosta Rica
      CU\tCOUNTRY\tcontinent:NA\tCuba
      CV\tCOUNTRY\tcontinent:AF\tCabo Verde
      CW\tCOUNTRY\tcontinent:NA\tCuraçao
      CX\tCOUNTRY\tcontinent:OC\tChristmas Island
      CY\tCOUNTRY\tcontinent:EU\tCyprus
      CZ\tCOUNTRY\tcontinent:EU\tCzechia
      DE\tCOUNTRY\tcontinent:EU\tGermany
      DJ\tCOUNTRY\tcontinent:AF\tDjibouti
      DK\tCOUNTRY\tcontinent:EU\tDenmark
      DM\tCOUNTRY\tcontinent:NA\tDominica
      DO\tCOUNTRY\tcontinent:NA\tDominican Republic
      DZ\tCOUNTRY\tcontinent:AF\tAlgeria
      EC\tCOUNTRY\tcontinent:SA\tEcuador
      EE\tCOUNTRY\tcontinent:EU\tEstonia
      EG\tCOUNTRY\tcontinent:AF\tEgypt
      EH\tCOUNTRY\tcontinent:AF\tWestern Sahara
      ER\tCOUNTRY\tcontinent:AF\tEritrea
      ES\tCOUNTRY\tcontinent:EU\tSpain
      ET\tCOUNTRY\tcontinent:AF\tEthiopia
      FI\tCOUNTRY\tcontinent:EU\tFinland
      FJ\tCOUNTRY\tcontinent:OC\tFiji
      FK\tCOUNTRY\tcontinent:SA\tFalkland Islands (Malvinas)
      FM\tCOUNTRY\tcontinent:OC\tMicronesia, Federated States of
      FO\tCOUNTRY\tcontinent:EU\tFaroe Islands
      FR\tCOUNTRY\tcontinent:EU\tFrance
      GA\tCOUNTRY\tcontinent:AF\tGabon
      GB\tCOUNTRY\tcontinent:EU\tUnited Kingdom
      GD\tCOUNTRY\tcontinent:NA\tGrenada
      GE\tCOUNTRY\tcontinent:AS\tGeorgia
      GF\tCOUNTRY\tcontinent:SA\tFrench Guiana
      GG\tCOUNTRY\tcontinent:EU\tGuernsey
      GH\tCOUNTRY\tcontinent:AF\tGhana
      GI\tCOUNTRY\tcontinent:EU\tGibraltar
      GL\tCOUNTRY\tcontinent:NA\tGreenland
      GM\tCOUNTRY\tcontinent:AF\tGambia
      GN\tCOUNTRY\tcontinent:AF\tGuinea
      GP\tCOUNTRY\tcontinent:NA\tGuadeloupe
      GQ\tCOUNTRY\tcontinent:AF\tEquatorial Guinea
      GR\tCOUNTRY\tcontinent:EU\tGreece
      GS\tCOUNTRY\tcontinent:AN\tSouth Georgia and the South Sandwich Islands
      GT\tCOUNTRY\tcontinent:NA\tGuatemala
      GU\tCOUNTRY\tcontinent:OC\tGuam
      GW\tCOUNTRY\tcontinent:AF\tGuinea-Bissau
      GY\tCOUNTRY\tcontinent:SA\tGuyana
      HK\tCOUNTRY\tcontinent:AS\tHong Kong
      HM\tCOUNTRY\tcontinent:AN\tHeard Island and McDonald Islands
      HN\tCOUNTRY\tcontinent:NA\tHonduras
      HR\tCOUNTRY\tcontinent:EU\tCroatia
      HT\tCOUNTRY\tcontinent:NA\tHaiti
      HU\tCOUNTRY\tcontinent:EU\tHungary
      ID\tCOUNTRY\tcontinent:AS\tIndonesia
      IE\tCOUNTRY\tcontinent:EU\tIreland
      IL\tCOUNTRY\tcontinent:AS\tIsrael
      IM\tCOUNTRY\tcontinent:EU\tIsle of Man
      IN\tCOUNTRY\tcontinent:AS\tIndia
      IO\tCOUNTRY\tcontinent:AS\tBritish Indian Ocean Territory
      IQ\tCOUNTRY\tcontinent:AS\tIraq
      IR\tCOUNTRY\tcontinent:AS\tIran
      IS\tCOUNTRY\tcontinent:EU\tIceland
      IT\tCOUNTRY\tcontinent:EU\tItaly
      JE\tCOUNTRY\tcontinent:EU\tJersey
      JM\tCOUNTRY\tcontinent:NA\tJamaica
      JO\tCOUNTRY\tcontinent:AS\tJordan
      JP\tCOUNTRY\tcontinent:AS\tJapan
      KE\tCOUNTRY\tcontinent:AF\tKenya
      KG\tCOUNTRY\tcontinent:AS\tKyrgyzstan
      KH\tCOUNTRY\tcontinent:AS\tCambodia
      KI\tCOUNTRY\tcontinent:OC\tKiribati
      KM\tCOUNTRY\tcontinent:AF\tComoros
      KN\tCOUNTRY\tcontinent:NA\tSaint Kitts and Nevis
      KP\tCOUNTRY\tcontinent:AS\tNorth Korea
      KR\tCOUNTRY\tcontinent:AS\tSouth Korea
      KW\tCOUNTRY\tcontinent:AS\tKuwait
      KY\tCOUNTRY\tcontinent:NA\tCayman Islands
      KZ\tCOUNTRY\tcontinent:AS\tKazakhstan
      LA\tCOUNTRY\tcontinent:AS\tLaos
      LB\tCOUNTRY\tcontinent:AS\tLebanon
      LC\tCOUNTRY\tcontinent:NA\tSaint Lucia
      LI\tCOUNTRY\tcontinent:EU\tLiechtenstein
      LK\tCOUNTRY\tcontinent:AS\tSri Lanka
      LR\tCOUNTRY\tcontinent:AF\tLiberia
      LS\tCOUNTRY\tcontinent:AF\tLesotho
      LT\tCOUNTRY\tcontinent:EU\tLithuania
      LU\tCOUNTRY\tcontinent:EU\tLuxembourg
      LV\tCOUNTRY\tcontinent:EU\tLatvia
      LY\tCOUNTRY\tcontinent:AF\tLibya
      MA\tCOUNTRY\tcontinent:AF\tMorocco
      MC\tCOUNTRY\tcontinent:EU\tMonaco
      MD\tCOUNTRY\tcontinent:EU\tMoldova
      ME\tCOUNTRY\tcontinent:EU\tMontenegro
      MF\tCOUNTRY\tcontinent:NA\tSaint Martin (French part)
      MG\tCOUNTRY\tcontinent:AF\tMadagascar
      MH\tCOUNTRY\tcontinent:OC\tMarshall Islands
      MK\tCOUNTRY\tcontinent:EU\tNorth Macedonia
      ML\tCOUNTRY\tcontinent:AF\tMali
      MM\tCOUNTRY\tcontinent:AS\tMyanmar
      MN\tCOUNTRY\tcontinent:AS\tMongolia
      MO\tCOUNTRY\tcontinent:AS\tMacao
      MP\tCOUNTRY\tcontinent:OC\tNorthern Mariana Islands
      MQ\tCOUNTRY\tcontinent:NA\tMartinique
      MR\tCOUNTRY\tcontinent:AF\tMauritania
      MS\tCOUNTRY\tcontinent:NA\tMontserrat
      MT\tCOUNTRY\tcontinent:EU\tMalta
      MU\tCOUNTRY\tcontinent:AF\tMauritius
      MV\tCOUNTRY\tcontinent:AS\tMaldives
      MW\tCOUNTRY\tcontinent:AF\tMalawi
      MX\tCOUNTRY\tcontinent:NA\tMexico
      MY\tCOUNTRY\tcontinent:AS\tMalaysia
      MZ\tCOUNTRY\tcontinent:AF\tMozambique
      NA\tCOUNTRY\tcontinent:AF\tNamibia
      NC\tCOUNTRY\tcontinent:OC\tNew Caledonia
      NE\tCOUNTRY\tcontinent:AF\tNiger
      NF\tCOUNTRY\tcontinent:OC\tNorfolk Island
      NG\tCOUNTRY\tcontinent:AF\tNigeria
      NI\tCOUNTRY\tcontinent:NA\tNicaragua
      NL\tCOUNTRY\tcontinent:EU\tNetherlands
      NO\tCOUNTRY\tcontinent:EU\tNorway
      NP\tCOUNTRY\tcontinent:AS\tNepal
      NR\tCOUNTRY\tcontinent:OC\tNauru
      NU\tCOUNTRY\tcontinent:OC\tNiue
      NZ\tCOUNTRY\tcontinent:OC\tNew Zealand
      OM\tCOUNTRY\tcontinent:AS\tOman
      PA\tCOUNTRY\tcontinent:NA\tPanama
      PE\tCOUNTRY\tcontinent:SA\tPeru
      PF\tCOUNTRY\tcontinent:OC\tFrench Polynesia
      PG\tCOUNTRY\tcontinent:OC\tPapua New Guinea
      PH\tCOUNTRY\tcontinent:AS\tPhilippines
      PK\tCOUNTRY\tcontinent:AS\tPakistan
      PL\tCOUNTRY\tcontinent:EU\tPoland
      PM\tCOUNTRY\tcontinent:NA\tSaint Pierre and Miquelon
      PN\tCOUNTRY\tcontinent:OC\tPitcairn
      PR\tCOUNTRY\tcontinent:NA\tPuerto Rico
      PS\tCOUNTRY\tcontinent:AS\tPalestine, State of
      PT\tCOUNTRY\tcontinent:EU\tPortugal
      PW\tCOUNTRY\tcontinent:OC\tPalau
      PY\tCOUNTRY\tcontinent:SA\tParaguay
      QA\tCOUNTRY\tcontinent:AS\tQatar
      RE\tCOUNTRY\tcontinent:AF\tRéunion
      RO\tCOUNTRY\tcontinent:EU\tRomania
      RS\tCOUNTRY\tcontinent:EU\tSerbia
      RU\tCOUNTRY\tcontinent:EU\tRussian Federation
      RW\tCOUNTRY\tcontinent:AF\tRwanda
      SA\tCOUNTRY\tcontinent:AS\tSaudi Arabia
      SB\tCOUNTRY\tcontinent:OC\tSolomon Islands
      SC\tCOUNTRY\tcontinent:AF\tSeychelles
      SD\tCOUNTRY\tcontinent:AF\tSudan
      SE\tCOUNTRY\tcontinent:EU\tSweden
      SG\tCOUNTRY\tcontinent:AS\tSingapore
      SH\tCOUNTRY\tcontinent:AF\tSaint Helena, Ascension and Tristan da Cunha
      SI\tCOUNTRY\tcontinent:EU\tSlovenia
      SJ\tCOUNTRY\tcontinent:EU\tSvalbard and Jan Mayen
      SK\tCOUNTRY\tcontinent:EU\tSlovakia
      SL\tCOUNTRY\tcontinent:AF\tSierra Leone
      SM\tCOUNTRY\tcontinent:EU\tSan Marino
      SN\tCOUNTRY\tcontinent:AF\tSenegal
      SO\tCOUNTRY\tcontinent:AF\tSomalia
      SR\tCOUNTRY\tcontinent:SA\tSuriname
      SS\tCOUNTRY\tcontinent:AF\tSouth Sudan
      ST\tCOUNTRY\tcontinent:AF\tSao Tome and Principe
      SV\tCOUNTRY\tcontinent:NA\tEl Salvador
      SX\tCOUNTRY\tcontinent:NA\tSint Maarten (Dutch part)
      SY\tCOUNTRY\tcontinent:AS\tSyria
      SZ\tCOUNTRY\tcontinent:AF\tEswatini
      TC\tCOUNTRY\tcontinent:NA\tTurks and Caicos Islands
      TD\tCOUNTRY\tcontinent:AF\tChad
      TF\tCOUNTRY\tcontinent:AN\tFrench Southern Territories
      TG\tCOUNTRY\tcontinent:AF\tTogo
      TH\tCOUNTRY\tcontinent:AS\tThailand
      TJ\tCOUNTRY\tcontinent:AS\tTajikistan
      TK\tCOUNTRY\tcontinent:OC\tTokelau
      TL\tCOUNTRY\tcontinent:OC\tTimor-Leste
      TM\tCOUNTRY\tcontinent:AS\tTurkmenistan
      TN\tCOUNTRY\tcontinent:AF\tTunisia
      TO\tCOUNTRY\tcontinent:OC\tTonga
      TR\tCOUNTRY\tcontinent:AS\tTürkiye
      TT\tCOUNTRY\tcontinent:NA\tTrinidad and Tobago
      TV\tCOUNTRY\tcontinent:OC\tTuvalu
      TW\tCOUNTRY\tcontinent:AS\tTaiwan
      TZ\tCOUNTRY\tcontinent:AF\tTanzania
      UA\tCOUNTRY\tcontinent:EU\tUkraine
      UG\tCOUNTRY\tcontinent:AF\tUganda
      UM\tCOUNTRY\tcontinent:OC\tUnited States Minor Outlying Islands
      US\tCOUNTRY\tcontinent:NA\tUnited States
      UY\tCOUNTRY\tcontinent:SA\tUruguay
      UZ\tCOUNTRY\tcontinent:AS\tUzbekistan
      VA\tCOUNTRY\tcontinent:EU\tHoly See (Vatican City State)
      VC\tCOUNTRY\tcontinent:NA\tSaint Vincent and the Grenadines
      VE\tCOUNTRY\tcontinent:SA\tVenezuela
      VG\tCOUNTRY\tcontinent:NA\tVirgin Islands, British
      VI\tCOUNTRY\tcontinent:NA\tVirgin Islands, U.S.
      VN\tCOUNTRY\tcontinent:AS\tVietnam
      VU\tCOUNTRY\tcontinent:OC\tVanuatu
      WF\tCOUNTRY\tcontinent:OC\tWallis and Futuna
      WS\tCOUNTRY\tcontinent:OC\tSamoa
      YE\tCOUNTRY\tcontinent:AS\tYemen
      YT\tCOUNTRY\tcontinent:AF\tMayotte
      ZA\tCOUNTRY\tcontinent:AF\tSouth Africa
      ZM\tCOUNTRY\tcontinent:AF\tZambia
      ZW\tCOUNTRY\tcontinent:AF\tZimbabwe
      CA-AB\tSUBDIVISION\tCA\tAlberta
      CA-BC\tSUBDIVISION\tCA\tBritish Columbia
      CA-MB\tSUBDIVISION\tCA\tManitoba
      CA-NB\tSUBDIVISION\tCA\tNew Brunswick
      CA-NL\tSUBDIVISION\tCA\tNewfoundland and Labrador
      CA-NS\tSUBDIVISION\tCA\tNova Scotia
      CA-NT\tSUBDIVISION\tCA\tNorthwest Territories
      CA-NU\tSUBDIVISION\tCA\tNunavut
      CA-ON\tSUBDIVISION\tCA\tOntario
      CA-PE\tSUBDIVISION\tCA\tPrince Edward Island
      CA-QC\tSUBDIVISION\tCA\tQuebec
      CA-SK\tSUBDIVISION\tCA\tSaskatchewan
      CA-YT\tSUBDIVISION\tCA\tYukon
      US-AK\tSUBDIVISION\tUS\tAlaska
      US-AL\tSUBDIVISION\tUS\tAlabama
      US-AR\tSUBDIVISION\tUS\tArkansas
      US-AS\tSUBDIVISION\tUS\tAmerican Samoa
      US-AZ\tSUBDIVISION\tUS\tArizona
      US-CA\tSUBDIVISION\tUS\tCalifornia
      US-CO\tSUBDIVISION\tUS\tColorado
      US-CT\tSUBDIVISION\tUS\tConnecticut
      US-DC\tSUBDIVISION\tUS\tDistrict of Columbia
      US-DE\tSUBDIVISION\tUS\tDelaware
      US-FL\tSUBDIVISION\tUS\tFlorida
      US-GA\tSUBDIVISION\tUS\tGeorgia
      US-GU\tSUBDIVISION\tUS\tGuam
      US-HI\tSUBDIVISION\tUS\tHawaii
      US-IA\tSUBDIVISION\tUS\tIowa
      US-ID\tSUBDIVISION\tUS\tIdaho
      US-IL\tSUBDIVISION\tUS\tIllinois
      US-IN\tSUBDIVISION\tUS\tIndiana
      US-KS\tSUBDIVISION\tUS\tKansas
      US-KY\tSUBDIVISION\tUS\tKentucky
      US-LA\tSUBDIVISION\tUS\tLouisiana
      US-MA\tSUBDIVISION\tUS\tMassachusetts
      US-MD\tSUBDIVISION\tUS\tMaryland
      US-ME\tSUBDIVISION\tUS\tMaine
      US-MI\tSUBDIVISION\tUS\tMichigan
      US-MN\tSUBDIVISION\tUS\tMinnesota
      US-MO\tSUBDIVISION\tUS\tMissouri
      US-MP\tSUBDIVISION\tUS\tNorthern Mariana Islands
      US-MS\tSUBDIVISION\tUS\tMississippi
      US-MT\tSUBDIVISION\tUS\tMontana
      US-NC\tSUBDIVISION\tUS\tNorth Carolina
      US-ND\tSUBDIVISION\tUS\tNorth Dakota
      US-NE\tSUBDIVISION\tUS\tNebraska
      US-NH\tSUBDIVISION\tUS\tNew Hampshire
      US-NJ\tSUBDIVISION\tUS\tNew Jersey
      US-NM\tSUBDIVISION\tUS\tNew Mexico
      US-NV\tSUBDIVISION\tUS\tNevada
      US-NY\tSUBDIVISION\tUS\tNew York
      US-OH\tSUBDIVISION\tUS\tOhio
      US-OK\tSUBDIVISION\tUS\tOklahoma
      US-OR\tSUBDIVISION\tUS\tOregon
      US-PA\tSUBDIVISION\tUS\tPennsylvania
      US-PR\tSUBDIVISION\tUS\tPuerto Rico
      US-RI\tSUBDIVISION\tUS\tRhode Island
      US-SC\tSUBDIVISION\tUS\tSouth Carolina
      US-SD\tSUBDIVISION\tUS\tSouth Dakota
      US-TN\tSUBDIVISION\tUS\tTennessee
      US-TX\tSUBDIVISION\tUS\tTexas
      US-UM\tSUBDIVISION\tUS\tUnited States Minor Outlying Islands
      US-UT\tSUBDIVISION\tUS\tUtah
      US-VA\tSUBDIVISION\tUS\tVirginia
      US-VI\tSUBDIVISION\tUS\tVirgin Islands, U.S.
      US-VT\tSUBDIVISION\tUS\tVermont
      US-WA\tSUBDIVISION\tUS\tWashington
      US-WI\tSUBDIVISION\tUS\tWisconsin
      US-WV\tSUBDIVISION\tUS\tWest Virginia
      US-WY\tSUBDIVISION\tUS\tWyoming
      UA-43\tSUBDIVISION\tUA\tCrimea
      """;

  private RegionRows() {}
}

/* eslint-disable */
// biome-ignore-all lint: generated file
/**
 * GENERATED FILE - DO NOT EDIT.
 * Produced by `pnpm codegen` from fragments/*.graphql and the Stash v0.30.1 schema (schema/stash-schema.lock.json).
 */
import type { RequestOptions, SubscriptionOptions } from '../requestOptions.js';
import * as G from './graphql.js';

/** Every canonical operation, keyed by root field: its kind, typed document, data and variables. */
export interface OperationMap {
  addGalleryImages: { kind: 'mutation'; data: G.AddGalleryImagesMutation; variables: G.AddGalleryImagesMutationVariables };
  addGroupSubGroups: { kind: 'mutation'; data: G.AddGroupSubGroupsMutation; variables: G.AddGroupSubGroupsMutationVariables };
  addTempDLNAIP: { kind: 'mutation'; data: G.AddTempDLNAIPMutation; variables: G.AddTempDLNAIPMutationVariables };
  anonymiseDatabase: { kind: 'mutation'; data: G.AnonymiseDatabaseMutation; variables: G.AnonymiseDatabaseMutationVariables };
  backupDatabase: { kind: 'mutation'; data: G.BackupDatabaseMutation; variables: G.BackupDatabaseMutationVariables };
  bulkGalleryUpdate: { kind: 'mutation'; data: G.BulkGalleryUpdateMutation; variables: G.BulkGalleryUpdateMutationVariables };
  bulkGroupUpdate: { kind: 'mutation'; data: G.BulkGroupUpdateMutation; variables: G.BulkGroupUpdateMutationVariables };
  bulkImageUpdate: { kind: 'mutation'; data: G.BulkImageUpdateMutation; variables: G.BulkImageUpdateMutationVariables };
  bulkMovieUpdate: { kind: 'mutation'; data: G.BulkMovieUpdateMutation; variables: G.BulkMovieUpdateMutationVariables };
  bulkPerformerUpdate: { kind: 'mutation'; data: G.BulkPerformerUpdateMutation; variables: G.BulkPerformerUpdateMutationVariables };
  bulkSceneMarkerUpdate: { kind: 'mutation'; data: G.BulkSceneMarkerUpdateMutation; variables: G.BulkSceneMarkerUpdateMutationVariables };
  bulkSceneUpdate: { kind: 'mutation'; data: G.BulkSceneUpdateMutation; variables: G.BulkSceneUpdateMutationVariables };
  bulkStudioUpdate: { kind: 'mutation'; data: G.BulkStudioUpdateMutation; variables: G.BulkStudioUpdateMutationVariables };
  bulkTagUpdate: { kind: 'mutation'; data: G.BulkTagUpdateMutation; variables: G.BulkTagUpdateMutationVariables };
  configureDefaults: { kind: 'mutation'; data: G.ConfigureDefaultsMutation; variables: G.ConfigureDefaultsMutationVariables };
  configureDLNA: { kind: 'mutation'; data: G.ConfigureDLNAMutation; variables: G.ConfigureDLNAMutationVariables };
  configureGeneral: { kind: 'mutation'; data: G.ConfigureGeneralMutation; variables: G.ConfigureGeneralMutationVariables };
  configureInterface: { kind: 'mutation'; data: G.ConfigureInterfaceMutation; variables: G.ConfigureInterfaceMutationVariables };
  configurePlugin: { kind: 'mutation'; data: G.ConfigurePluginMutation; variables: G.ConfigurePluginMutationVariables };
  configureScraping: { kind: 'mutation'; data: G.ConfigureScrapingMutation; variables: G.ConfigureScrapingMutationVariables };
  configureUI: { kind: 'mutation'; data: G.ConfigureUIMutation; variables: G.ConfigureUIMutationVariables };
  configureUISetting: { kind: 'mutation'; data: G.ConfigureUISettingMutation; variables: G.ConfigureUISettingMutationVariables };
  deleteFiles: { kind: 'mutation'; data: G.DeleteFilesMutation; variables: G.DeleteFilesMutationVariables };
  destroySavedFilter: { kind: 'mutation'; data: G.DestroySavedFilterMutation; variables: G.DestroySavedFilterMutationVariables };
  disableDLNA: { kind: 'mutation'; data: G.DisableDLNAMutation; variables: G.DisableDLNAMutationVariables };
  downloadFFMpeg: { kind: 'mutation'; data: G.DownloadFFMpegMutation; variables: G.DownloadFFMpegMutationVariables };
  enableDLNA: { kind: 'mutation'; data: G.EnableDLNAMutation; variables: G.EnableDLNAMutationVariables };
  execSQL: { kind: 'mutation'; data: G.ExecSQLMutation; variables: G.ExecSQLMutationVariables };
  exportObjects: { kind: 'mutation'; data: G.ExportObjectsMutation; variables: G.ExportObjectsMutationVariables };
  fileSetFingerprints: { kind: 'mutation'; data: G.FileSetFingerprintsMutation; variables: G.FileSetFingerprintsMutationVariables };
  galleriesUpdate: { kind: 'mutation'; data: G.GalleriesUpdateMutation; variables: G.GalleriesUpdateMutationVariables };
  galleryChapterCreate: { kind: 'mutation'; data: G.GalleryChapterCreateMutation; variables: G.GalleryChapterCreateMutationVariables };
  galleryChapterDestroy: { kind: 'mutation'; data: G.GalleryChapterDestroyMutation; variables: G.GalleryChapterDestroyMutationVariables };
  galleryChapterUpdate: { kind: 'mutation'; data: G.GalleryChapterUpdateMutation; variables: G.GalleryChapterUpdateMutationVariables };
  galleryCreate: { kind: 'mutation'; data: G.GalleryCreateMutation; variables: G.GalleryCreateMutationVariables };
  galleryDestroy: { kind: 'mutation'; data: G.GalleryDestroyMutation; variables: G.GalleryDestroyMutationVariables };
  galleryUpdate: { kind: 'mutation'; data: G.GalleryUpdateMutation; variables: G.GalleryUpdateMutationVariables };
  generateAPIKey: { kind: 'mutation'; data: G.GenerateAPIKeyMutation; variables: G.GenerateAPIKeyMutationVariables };
  groupCreate: { kind: 'mutation'; data: G.GroupCreateMutation; variables: G.GroupCreateMutationVariables };
  groupDestroy: { kind: 'mutation'; data: G.GroupDestroyMutation; variables: G.GroupDestroyMutationVariables };
  groupsDestroy: { kind: 'mutation'; data: G.GroupsDestroyMutation; variables: G.GroupsDestroyMutationVariables };
  groupUpdate: { kind: 'mutation'; data: G.GroupUpdateMutation; variables: G.GroupUpdateMutationVariables };
  imageDecrementO: { kind: 'mutation'; data: G.ImageDecrementOMutation; variables: G.ImageDecrementOMutationVariables };
  imageDestroy: { kind: 'mutation'; data: G.ImageDestroyMutation; variables: G.ImageDestroyMutationVariables };
  imageIncrementO: { kind: 'mutation'; data: G.ImageIncrementOMutation; variables: G.ImageIncrementOMutationVariables };
  imageResetO: { kind: 'mutation'; data: G.ImageResetOMutation; variables: G.ImageResetOMutationVariables };
  imagesDestroy: { kind: 'mutation'; data: G.ImagesDestroyMutation; variables: G.ImagesDestroyMutationVariables };
  imagesUpdate: { kind: 'mutation'; data: G.ImagesUpdateMutation; variables: G.ImagesUpdateMutationVariables };
  imageUpdate: { kind: 'mutation'; data: G.ImageUpdateMutation; variables: G.ImageUpdateMutationVariables };
  importObjects: { kind: 'mutation'; data: G.ImportObjectsMutation; variables: G.ImportObjectsMutationVariables };
  installPackages: { kind: 'mutation'; data: G.InstallPackagesMutation; variables: G.InstallPackagesMutationVariables };
  metadataAutoTag: { kind: 'mutation'; data: G.MetadataAutoTagMutation; variables: G.MetadataAutoTagMutationVariables };
  metadataClean: { kind: 'mutation'; data: G.MetadataCleanMutation; variables: G.MetadataCleanMutationVariables };
  metadataCleanGenerated: { kind: 'mutation'; data: G.MetadataCleanGeneratedMutation; variables: G.MetadataCleanGeneratedMutationVariables };
  metadataExport: { kind: 'mutation'; data: G.MetadataExportMutation; variables: G.MetadataExportMutationVariables };
  metadataGenerate: { kind: 'mutation'; data: G.MetadataGenerateMutation; variables: G.MetadataGenerateMutationVariables };
  metadataIdentify: { kind: 'mutation'; data: G.MetadataIdentifyMutation; variables: G.MetadataIdentifyMutationVariables };
  metadataImport: { kind: 'mutation'; data: G.MetadataImportMutation; variables: G.MetadataImportMutationVariables };
  metadataScan: { kind: 'mutation'; data: G.MetadataScanMutation; variables: G.MetadataScanMutationVariables };
  migrate: { kind: 'mutation'; data: G.MigrateMutation; variables: G.MigrateMutationVariables };
  migrateBlobs: { kind: 'mutation'; data: G.MigrateBlobsMutation; variables: G.MigrateBlobsMutationVariables };
  migrateHashNaming: { kind: 'mutation'; data: G.MigrateHashNamingMutation; variables: G.MigrateHashNamingMutationVariables };
  migrateSceneScreenshots: { kind: 'mutation'; data: G.MigrateSceneScreenshotsMutation; variables: G.MigrateSceneScreenshotsMutationVariables };
  moveFiles: { kind: 'mutation'; data: G.MoveFilesMutation; variables: G.MoveFilesMutationVariables };
  movieCreate: { kind: 'mutation'; data: G.MovieCreateMutation; variables: G.MovieCreateMutationVariables };
  movieDestroy: { kind: 'mutation'; data: G.MovieDestroyMutation; variables: G.MovieDestroyMutationVariables };
  moviesDestroy: { kind: 'mutation'; data: G.MoviesDestroyMutation; variables: G.MoviesDestroyMutationVariables };
  movieUpdate: { kind: 'mutation'; data: G.MovieUpdateMutation; variables: G.MovieUpdateMutationVariables };
  optimiseDatabase: { kind: 'mutation'; data: G.OptimiseDatabaseMutation; variables: G.OptimiseDatabaseMutationVariables };
  performerCreate: { kind: 'mutation'; data: G.PerformerCreateMutation; variables: G.PerformerCreateMutationVariables };
  performerDestroy: { kind: 'mutation'; data: G.PerformerDestroyMutation; variables: G.PerformerDestroyMutationVariables };
  performersDestroy: { kind: 'mutation'; data: G.PerformersDestroyMutation; variables: G.PerformersDestroyMutationVariables };
  performerUpdate: { kind: 'mutation'; data: G.PerformerUpdateMutation; variables: G.PerformerUpdateMutationVariables };
  querySQL: { kind: 'mutation'; data: G.QuerySQLMutation; variables: G.QuerySQLMutationVariables };
  reloadPlugins: { kind: 'mutation'; data: G.ReloadPluginsMutation; variables: G.ReloadPluginsMutationVariables };
  reloadScrapers: { kind: 'mutation'; data: G.ReloadScrapersMutation; variables: G.ReloadScrapersMutationVariables };
  removeGalleryImages: { kind: 'mutation'; data: G.RemoveGalleryImagesMutation; variables: G.RemoveGalleryImagesMutationVariables };
  removeGroupSubGroups: { kind: 'mutation'; data: G.RemoveGroupSubGroupsMutation; variables: G.RemoveGroupSubGroupsMutationVariables };
  removeTempDLNAIP: { kind: 'mutation'; data: G.RemoveTempDLNAIPMutation; variables: G.RemoveTempDLNAIPMutationVariables };
  reorderSubGroups: { kind: 'mutation'; data: G.ReorderSubGroupsMutation; variables: G.ReorderSubGroupsMutationVariables };
  resetGalleryCover: { kind: 'mutation'; data: G.ResetGalleryCoverMutation; variables: G.ResetGalleryCoverMutationVariables };
  runPluginOperation: { kind: 'mutation'; data: G.RunPluginOperationMutation; variables: G.RunPluginOperationMutationVariables };
  runPluginTask: { kind: 'mutation'; data: G.RunPluginTaskMutation; variables: G.RunPluginTaskMutationVariables };
  saveFilter: { kind: 'mutation'; data: G.SaveFilterMutation; variables: G.SaveFilterMutationVariables };
  sceneAddO: { kind: 'mutation'; data: G.SceneAddOMutation; variables: G.SceneAddOMutationVariables };
  sceneAddPlay: { kind: 'mutation'; data: G.SceneAddPlayMutation; variables: G.SceneAddPlayMutationVariables };
  sceneAssignFile: { kind: 'mutation'; data: G.SceneAssignFileMutation; variables: G.SceneAssignFileMutationVariables };
  sceneCreate: { kind: 'mutation'; data: G.SceneCreateMutation; variables: G.SceneCreateMutationVariables };
  sceneDecrementO: { kind: 'mutation'; data: G.SceneDecrementOMutation; variables: G.SceneDecrementOMutationVariables };
  sceneDeleteO: { kind: 'mutation'; data: G.SceneDeleteOMutation; variables: G.SceneDeleteOMutationVariables };
  sceneDeletePlay: { kind: 'mutation'; data: G.SceneDeletePlayMutation; variables: G.SceneDeletePlayMutationVariables };
  sceneDestroy: { kind: 'mutation'; data: G.SceneDestroyMutation; variables: G.SceneDestroyMutationVariables };
  sceneGenerateScreenshot: { kind: 'mutation'; data: G.SceneGenerateScreenshotMutation; variables: G.SceneGenerateScreenshotMutationVariables };
  sceneIncrementO: { kind: 'mutation'; data: G.SceneIncrementOMutation; variables: G.SceneIncrementOMutationVariables };
  sceneIncrementPlayCount: { kind: 'mutation'; data: G.SceneIncrementPlayCountMutation; variables: G.SceneIncrementPlayCountMutationVariables };
  sceneMarkerCreate: { kind: 'mutation'; data: G.SceneMarkerCreateMutation; variables: G.SceneMarkerCreateMutationVariables };
  sceneMarkerDestroy: { kind: 'mutation'; data: G.SceneMarkerDestroyMutation; variables: G.SceneMarkerDestroyMutationVariables };
  sceneMarkersDestroy: { kind: 'mutation'; data: G.SceneMarkersDestroyMutation; variables: G.SceneMarkersDestroyMutationVariables };
  sceneMarkerUpdate: { kind: 'mutation'; data: G.SceneMarkerUpdateMutation; variables: G.SceneMarkerUpdateMutationVariables };
  sceneMerge: { kind: 'mutation'; data: G.SceneMergeMutation; variables: G.SceneMergeMutationVariables };
  sceneResetActivity: { kind: 'mutation'; data: G.SceneResetActivityMutation; variables: G.SceneResetActivityMutationVariables };
  sceneResetO: { kind: 'mutation'; data: G.SceneResetOMutation; variables: G.SceneResetOMutationVariables };
  sceneResetPlayCount: { kind: 'mutation'; data: G.SceneResetPlayCountMutation; variables: G.SceneResetPlayCountMutationVariables };
  sceneSaveActivity: { kind: 'mutation'; data: G.SceneSaveActivityMutation; variables: G.SceneSaveActivityMutationVariables };
  scenesDestroy: { kind: 'mutation'; data: G.ScenesDestroyMutation; variables: G.ScenesDestroyMutationVariables };
  scenesUpdate: { kind: 'mutation'; data: G.ScenesUpdateMutation; variables: G.ScenesUpdateMutationVariables };
  sceneUpdate: { kind: 'mutation'; data: G.SceneUpdateMutation; variables: G.SceneUpdateMutationVariables };
  setDefaultFilter: { kind: 'mutation'; data: G.SetDefaultFilterMutation; variables: G.SetDefaultFilterMutationVariables };
  setGalleryCover: { kind: 'mutation'; data: G.SetGalleryCoverMutation; variables: G.SetGalleryCoverMutationVariables };
  setPluginsEnabled: { kind: 'mutation'; data: G.SetPluginsEnabledMutation; variables: G.SetPluginsEnabledMutationVariables };
  setup: { kind: 'mutation'; data: G.SetupMutation; variables: G.SetupMutationVariables };
  stashBoxBatchPerformerTag: { kind: 'mutation'; data: G.StashBoxBatchPerformerTagMutation; variables: G.StashBoxBatchPerformerTagMutationVariables };
  stashBoxBatchStudioTag: { kind: 'mutation'; data: G.StashBoxBatchStudioTagMutation; variables: G.StashBoxBatchStudioTagMutationVariables };
  stopAllJobs: { kind: 'mutation'; data: G.StopAllJobsMutation; variables: G.StopAllJobsMutationVariables };
  stopJob: { kind: 'mutation'; data: G.StopJobMutation; variables: G.StopJobMutationVariables };
  studioCreate: { kind: 'mutation'; data: G.StudioCreateMutation; variables: G.StudioCreateMutationVariables };
  studioDestroy: { kind: 'mutation'; data: G.StudioDestroyMutation; variables: G.StudioDestroyMutationVariables };
  studiosDestroy: { kind: 'mutation'; data: G.StudiosDestroyMutation; variables: G.StudiosDestroyMutationVariables };
  studioUpdate: { kind: 'mutation'; data: G.StudioUpdateMutation; variables: G.StudioUpdateMutationVariables };
  submitStashBoxFingerprints: { kind: 'mutation'; data: G.SubmitStashBoxFingerprintsMutation; variables: G.SubmitStashBoxFingerprintsMutationVariables };
  submitStashBoxPerformerDraft: { kind: 'mutation'; data: G.SubmitStashBoxPerformerDraftMutation; variables: G.SubmitStashBoxPerformerDraftMutationVariables };
  submitStashBoxSceneDraft: { kind: 'mutation'; data: G.SubmitStashBoxSceneDraftMutation; variables: G.SubmitStashBoxSceneDraftMutationVariables };
  tagCreate: { kind: 'mutation'; data: G.TagCreateMutation; variables: G.TagCreateMutationVariables };
  tagDestroy: { kind: 'mutation'; data: G.TagDestroyMutation; variables: G.TagDestroyMutationVariables };
  tagsDestroy: { kind: 'mutation'; data: G.TagsDestroyMutation; variables: G.TagsDestroyMutationVariables };
  tagsMerge: { kind: 'mutation'; data: G.TagsMergeMutation; variables: G.TagsMergeMutationVariables };
  tagUpdate: { kind: 'mutation'; data: G.TagUpdateMutation; variables: G.TagUpdateMutationVariables };
  uninstallPackages: { kind: 'mutation'; data: G.UninstallPackagesMutation; variables: G.UninstallPackagesMutationVariables };
  updatePackages: { kind: 'mutation'; data: G.UpdatePackagesMutation; variables: G.UpdatePackagesMutationVariables };
  allGalleries: { kind: 'query'; data: G.AllGalleriesQuery; variables: G.AllGalleriesQueryVariables };
  allImages: { kind: 'query'; data: G.AllImagesQuery; variables: G.AllImagesQueryVariables };
  allMovies: { kind: 'query'; data: G.AllMoviesQuery; variables: G.AllMoviesQueryVariables };
  allPerformers: { kind: 'query'; data: G.AllPerformersQuery; variables: G.AllPerformersQueryVariables };
  allSceneMarkers: { kind: 'query'; data: G.AllSceneMarkersQuery; variables: G.AllSceneMarkersQueryVariables };
  allScenes: { kind: 'query'; data: G.AllScenesQuery; variables: G.AllScenesQueryVariables };
  allStudios: { kind: 'query'; data: G.AllStudiosQuery; variables: G.AllStudiosQueryVariables };
  allTags: { kind: 'query'; data: G.AllTagsQuery; variables: G.AllTagsQueryVariables };
  availablePackages: { kind: 'query'; data: G.AvailablePackagesQuery; variables: G.AvailablePackagesQueryVariables };
  configuration: { kind: 'query'; data: G.ConfigurationQuery; variables: G.ConfigurationQueryVariables };
  directory: { kind: 'query'; data: G.DirectoryQuery; variables: G.DirectoryQueryVariables };
  dlnaStatus: { kind: 'query'; data: G.DlnaStatusQuery; variables: G.DlnaStatusQueryVariables };
  findDefaultFilter: { kind: 'query'; data: G.FindDefaultFilterQuery; variables: G.FindDefaultFilterQueryVariables };
  findDuplicateScenes: { kind: 'query'; data: G.FindDuplicateScenesQuery; variables: G.FindDuplicateScenesQueryVariables };
  findFile: { kind: 'query'; data: G.FindFileQuery; variables: G.FindFileQueryVariables };
  findFiles: { kind: 'query'; data: G.FindFilesQuery; variables: G.FindFilesQueryVariables };
  findFolder: { kind: 'query'; data: G.FindFolderQuery; variables: G.FindFolderQueryVariables };
  findFolders: { kind: 'query'; data: G.FindFoldersQuery; variables: G.FindFoldersQueryVariables };
  findGalleries: { kind: 'query'; data: G.FindGalleriesQuery; variables: G.FindGalleriesQueryVariables };
  findGallery: { kind: 'query'; data: G.FindGalleryQuery; variables: G.FindGalleryQueryVariables };
  findGroup: { kind: 'query'; data: G.FindGroupQuery; variables: G.FindGroupQueryVariables };
  findGroups: { kind: 'query'; data: G.FindGroupsQuery; variables: G.FindGroupsQueryVariables };
  findImage: { kind: 'query'; data: G.FindImageQuery; variables: G.FindImageQueryVariables };
  findImages: { kind: 'query'; data: G.FindImagesQuery; variables: G.FindImagesQueryVariables };
  findJob: { kind: 'query'; data: G.FindJobQuery; variables: G.FindJobQueryVariables };
  findMovie: { kind: 'query'; data: G.FindMovieQuery; variables: G.FindMovieQueryVariables };
  findMovies: { kind: 'query'; data: G.FindMoviesQuery; variables: G.FindMoviesQueryVariables };
  findPerformer: { kind: 'query'; data: G.FindPerformerQuery; variables: G.FindPerformerQueryVariables };
  findPerformers: { kind: 'query'; data: G.FindPerformersQuery; variables: G.FindPerformersQueryVariables };
  findSavedFilter: { kind: 'query'; data: G.FindSavedFilterQuery; variables: G.FindSavedFilterQueryVariables };
  findSavedFilters: { kind: 'query'; data: G.FindSavedFiltersQuery; variables: G.FindSavedFiltersQueryVariables };
  findScene: { kind: 'query'; data: G.FindSceneQuery; variables: G.FindSceneQueryVariables };
  findSceneByHash: { kind: 'query'; data: G.FindSceneByHashQuery; variables: G.FindSceneByHashQueryVariables };
  findSceneMarkers: { kind: 'query'; data: G.FindSceneMarkersQuery; variables: G.FindSceneMarkersQueryVariables };
  findScenes: { kind: 'query'; data: G.FindScenesQuery; variables: G.FindScenesQueryVariables };
  findScenesByPathRegex: { kind: 'query'; data: G.FindScenesByPathRegexQuery; variables: G.FindScenesByPathRegexQueryVariables };
  findStudio: { kind: 'query'; data: G.FindStudioQuery; variables: G.FindStudioQueryVariables };
  findStudios: { kind: 'query'; data: G.FindStudiosQuery; variables: G.FindStudiosQueryVariables };
  findTag: { kind: 'query'; data: G.FindTagQuery; variables: G.FindTagQueryVariables };
  findTags: { kind: 'query'; data: G.FindTagsQuery; variables: G.FindTagsQueryVariables };
  installedPackages: { kind: 'query'; data: G.InstalledPackagesQuery; variables: G.InstalledPackagesQueryVariables };
  jobQueue: { kind: 'query'; data: G.JobQueueQuery; variables: G.JobQueueQueryVariables };
  latestversion: { kind: 'query'; data: G.LatestversionQuery; variables: G.LatestversionQueryVariables };
  listScrapers: { kind: 'query'; data: G.ListScrapersQuery; variables: G.ListScrapersQueryVariables };
  logs: { kind: 'query'; data: G.LogsQuery; variables: G.LogsQueryVariables };
  markerStrings: { kind: 'query'; data: G.MarkerStringsQuery; variables: G.MarkerStringsQueryVariables };
  markerWall: { kind: 'query'; data: G.MarkerWallQuery; variables: G.MarkerWallQueryVariables };
  parseSceneFilenames: { kind: 'query'; data: G.ParseSceneFilenamesQuery; variables: G.ParseSceneFilenamesQueryVariables };
  plugins: { kind: 'query'; data: G.PluginsQuery; variables: G.PluginsQueryVariables };
  pluginTasks: { kind: 'query'; data: G.PluginTasksQuery; variables: G.PluginTasksQueryVariables };
  sceneMarkerTags: { kind: 'query'; data: G.SceneMarkerTagsQuery; variables: G.SceneMarkerTagsQueryVariables };
  sceneStreams: { kind: 'query'; data: G.SceneStreamsQuery; variables: G.SceneStreamsQueryVariables };
  sceneWall: { kind: 'query'; data: G.SceneWallQuery; variables: G.SceneWallQueryVariables };
  scrapeGalleryURL: { kind: 'query'; data: G.ScrapeGalleryURLQuery; variables: G.ScrapeGalleryURLQueryVariables };
  scrapeGroupURL: { kind: 'query'; data: G.ScrapeGroupURLQuery; variables: G.ScrapeGroupURLQueryVariables };
  scrapeImageURL: { kind: 'query'; data: G.ScrapeImageURLQuery; variables: G.ScrapeImageURLQueryVariables };
  scrapeMovieURL: { kind: 'query'; data: G.ScrapeMovieURLQuery; variables: G.ScrapeMovieURLQueryVariables };
  scrapeMultiPerformers: { kind: 'query'; data: G.ScrapeMultiPerformersQuery; variables: G.ScrapeMultiPerformersQueryVariables };
  scrapeMultiScenes: { kind: 'query'; data: G.ScrapeMultiScenesQuery; variables: G.ScrapeMultiScenesQueryVariables };
  scrapePerformerURL: { kind: 'query'; data: G.ScrapePerformerURLQuery; variables: G.ScrapePerformerURLQueryVariables };
  scrapeSceneURL: { kind: 'query'; data: G.ScrapeSceneURLQuery; variables: G.ScrapeSceneURLQueryVariables };
  scrapeSingleGallery: { kind: 'query'; data: G.ScrapeSingleGalleryQuery; variables: G.ScrapeSingleGalleryQueryVariables };
  scrapeSingleGroup: { kind: 'query'; data: G.ScrapeSingleGroupQuery; variables: G.ScrapeSingleGroupQueryVariables };
  scrapeSingleImage: { kind: 'query'; data: G.ScrapeSingleImageQuery; variables: G.ScrapeSingleImageQueryVariables };
  scrapeSingleMovie: { kind: 'query'; data: G.ScrapeSingleMovieQuery; variables: G.ScrapeSingleMovieQueryVariables };
  scrapeSinglePerformer: { kind: 'query'; data: G.ScrapeSinglePerformerQuery; variables: G.ScrapeSinglePerformerQueryVariables };
  scrapeSingleScene: { kind: 'query'; data: G.ScrapeSingleSceneQuery; variables: G.ScrapeSingleSceneQueryVariables };
  scrapeSingleStudio: { kind: 'query'; data: G.ScrapeSingleStudioQuery; variables: G.ScrapeSingleStudioQueryVariables };
  scrapeSingleTag: { kind: 'query'; data: G.ScrapeSingleTagQuery; variables: G.ScrapeSingleTagQueryVariables };
  scrapeURL: { kind: 'query'; data: G.ScrapeURLQuery; variables: G.ScrapeURLQueryVariables };
  stats: { kind: 'query'; data: G.StatsQuery; variables: G.StatsQueryVariables };
  systemStatus: { kind: 'query'; data: G.SystemStatusQuery; variables: G.SystemStatusQueryVariables };
  validateStashBoxCredentials: { kind: 'query'; data: G.ValidateStashBoxCredentialsQuery; variables: G.ValidateStashBoxCredentialsQueryVariables };
  version: { kind: 'query'; data: G.VersionQuery; variables: G.VersionQueryVariables };
  jobsSubscribe: { kind: 'subscription'; data: G.JobsSubscribeSubscription; variables: G.JobsSubscribeSubscriptionVariables };
  loggingSubscribe: { kind: 'subscription'; data: G.LoggingSubscribeSubscription; variables: G.LoggingSubscribeSubscriptionVariables };
  scanCompleteSubscribe: { kind: 'subscription'; data: G.ScanCompleteSubscribeSubscription; variables: G.ScanCompleteSubscribeSubscriptionVariables };
}

export type OperationName = keyof OperationMap;
export type MutationName = { [K in OperationName]: OperationMap[K]['kind'] extends 'mutation' ? K : never }[OperationName];

export const OPERATIONS = {
  addGalleryImages: { kind: 'mutation', document: G.AddGalleryImagesDocument },
  addGroupSubGroups: { kind: 'mutation', document: G.AddGroupSubGroupsDocument },
  addTempDLNAIP: { kind: 'mutation', document: G.AddTempDLNAIPDocument },
  anonymiseDatabase: { kind: 'mutation', document: G.AnonymiseDatabaseDocument },
  backupDatabase: { kind: 'mutation', document: G.BackupDatabaseDocument },
  bulkGalleryUpdate: { kind: 'mutation', document: G.BulkGalleryUpdateDocument },
  bulkGroupUpdate: { kind: 'mutation', document: G.BulkGroupUpdateDocument },
  bulkImageUpdate: { kind: 'mutation', document: G.BulkImageUpdateDocument },
  bulkMovieUpdate: { kind: 'mutation', document: G.BulkMovieUpdateDocument },
  bulkPerformerUpdate: { kind: 'mutation', document: G.BulkPerformerUpdateDocument },
  bulkSceneMarkerUpdate: { kind: 'mutation', document: G.BulkSceneMarkerUpdateDocument },
  bulkSceneUpdate: { kind: 'mutation', document: G.BulkSceneUpdateDocument },
  bulkStudioUpdate: { kind: 'mutation', document: G.BulkStudioUpdateDocument },
  bulkTagUpdate: { kind: 'mutation', document: G.BulkTagUpdateDocument },
  configureDefaults: { kind: 'mutation', document: G.ConfigureDefaultsDocument },
  configureDLNA: { kind: 'mutation', document: G.ConfigureDLNADocument },
  configureGeneral: { kind: 'mutation', document: G.ConfigureGeneralDocument },
  configureInterface: { kind: 'mutation', document: G.ConfigureInterfaceDocument },
  configurePlugin: { kind: 'mutation', document: G.ConfigurePluginDocument },
  configureScraping: { kind: 'mutation', document: G.ConfigureScrapingDocument },
  configureUI: { kind: 'mutation', document: G.ConfigureUIDocument },
  configureUISetting: { kind: 'mutation', document: G.ConfigureUISettingDocument },
  deleteFiles: { kind: 'mutation', document: G.DeleteFilesDocument },
  destroySavedFilter: { kind: 'mutation', document: G.DestroySavedFilterDocument },
  disableDLNA: { kind: 'mutation', document: G.DisableDLNADocument },
  downloadFFMpeg: { kind: 'mutation', document: G.DownloadFFMpegDocument },
  enableDLNA: { kind: 'mutation', document: G.EnableDLNADocument },
  execSQL: { kind: 'mutation', document: G.ExecSQLDocument },
  exportObjects: { kind: 'mutation', document: G.ExportObjectsDocument },
  fileSetFingerprints: { kind: 'mutation', document: G.FileSetFingerprintsDocument },
  galleriesUpdate: { kind: 'mutation', document: G.GalleriesUpdateDocument },
  galleryChapterCreate: { kind: 'mutation', document: G.GalleryChapterCreateDocument },
  galleryChapterDestroy: { kind: 'mutation', document: G.GalleryChapterDestroyDocument },
  galleryChapterUpdate: { kind: 'mutation', document: G.GalleryChapterUpdateDocument },
  galleryCreate: { kind: 'mutation', document: G.GalleryCreateDocument },
  galleryDestroy: { kind: 'mutation', document: G.GalleryDestroyDocument },
  galleryUpdate: { kind: 'mutation', document: G.GalleryUpdateDocument },
  generateAPIKey: { kind: 'mutation', document: G.GenerateAPIKeyDocument },
  groupCreate: { kind: 'mutation', document: G.GroupCreateDocument },
  groupDestroy: { kind: 'mutation', document: G.GroupDestroyDocument },
  groupsDestroy: { kind: 'mutation', document: G.GroupsDestroyDocument },
  groupUpdate: { kind: 'mutation', document: G.GroupUpdateDocument },
  imageDecrementO: { kind: 'mutation', document: G.ImageDecrementODocument },
  imageDestroy: { kind: 'mutation', document: G.ImageDestroyDocument },
  imageIncrementO: { kind: 'mutation', document: G.ImageIncrementODocument },
  imageResetO: { kind: 'mutation', document: G.ImageResetODocument },
  imagesDestroy: { kind: 'mutation', document: G.ImagesDestroyDocument },
  imagesUpdate: { kind: 'mutation', document: G.ImagesUpdateDocument },
  imageUpdate: { kind: 'mutation', document: G.ImageUpdateDocument },
  importObjects: { kind: 'mutation', document: G.ImportObjectsDocument },
  installPackages: { kind: 'mutation', document: G.InstallPackagesDocument },
  metadataAutoTag: { kind: 'mutation', document: G.MetadataAutoTagDocument },
  metadataClean: { kind: 'mutation', document: G.MetadataCleanDocument },
  metadataCleanGenerated: { kind: 'mutation', document: G.MetadataCleanGeneratedDocument },
  metadataExport: { kind: 'mutation', document: G.MetadataExportDocument },
  metadataGenerate: { kind: 'mutation', document: G.MetadataGenerateDocument },
  metadataIdentify: { kind: 'mutation', document: G.MetadataIdentifyDocument },
  metadataImport: { kind: 'mutation', document: G.MetadataImportDocument },
  metadataScan: { kind: 'mutation', document: G.MetadataScanDocument },
  migrate: { kind: 'mutation', document: G.MigrateDocument },
  migrateBlobs: { kind: 'mutation', document: G.MigrateBlobsDocument },
  migrateHashNaming: { kind: 'mutation', document: G.MigrateHashNamingDocument },
  migrateSceneScreenshots: { kind: 'mutation', document: G.MigrateSceneScreenshotsDocument },
  moveFiles: { kind: 'mutation', document: G.MoveFilesDocument },
  movieCreate: { kind: 'mutation', document: G.MovieCreateDocument },
  movieDestroy: { kind: 'mutation', document: G.MovieDestroyDocument },
  moviesDestroy: { kind: 'mutation', document: G.MoviesDestroyDocument },
  movieUpdate: { kind: 'mutation', document: G.MovieUpdateDocument },
  optimiseDatabase: { kind: 'mutation', document: G.OptimiseDatabaseDocument },
  performerCreate: { kind: 'mutation', document: G.PerformerCreateDocument },
  performerDestroy: { kind: 'mutation', document: G.PerformerDestroyDocument },
  performersDestroy: { kind: 'mutation', document: G.PerformersDestroyDocument },
  performerUpdate: { kind: 'mutation', document: G.PerformerUpdateDocument },
  querySQL: { kind: 'mutation', document: G.QuerySQLDocument },
  reloadPlugins: { kind: 'mutation', document: G.ReloadPluginsDocument },
  reloadScrapers: { kind: 'mutation', document: G.ReloadScrapersDocument },
  removeGalleryImages: { kind: 'mutation', document: G.RemoveGalleryImagesDocument },
  removeGroupSubGroups: { kind: 'mutation', document: G.RemoveGroupSubGroupsDocument },
  removeTempDLNAIP: { kind: 'mutation', document: G.RemoveTempDLNAIPDocument },
  reorderSubGroups: { kind: 'mutation', document: G.ReorderSubGroupsDocument },
  resetGalleryCover: { kind: 'mutation', document: G.ResetGalleryCoverDocument },
  runPluginOperation: { kind: 'mutation', document: G.RunPluginOperationDocument },
  runPluginTask: { kind: 'mutation', document: G.RunPluginTaskDocument },
  saveFilter: { kind: 'mutation', document: G.SaveFilterDocument },
  sceneAddO: { kind: 'mutation', document: G.SceneAddODocument },
  sceneAddPlay: { kind: 'mutation', document: G.SceneAddPlayDocument },
  sceneAssignFile: { kind: 'mutation', document: G.SceneAssignFileDocument },
  sceneCreate: { kind: 'mutation', document: G.SceneCreateDocument },
  sceneDecrementO: { kind: 'mutation', document: G.SceneDecrementODocument },
  sceneDeleteO: { kind: 'mutation', document: G.SceneDeleteODocument },
  sceneDeletePlay: { kind: 'mutation', document: G.SceneDeletePlayDocument },
  sceneDestroy: { kind: 'mutation', document: G.SceneDestroyDocument },
  sceneGenerateScreenshot: { kind: 'mutation', document: G.SceneGenerateScreenshotDocument },
  sceneIncrementO: { kind: 'mutation', document: G.SceneIncrementODocument },
  sceneIncrementPlayCount: { kind: 'mutation', document: G.SceneIncrementPlayCountDocument },
  sceneMarkerCreate: { kind: 'mutation', document: G.SceneMarkerCreateDocument },
  sceneMarkerDestroy: { kind: 'mutation', document: G.SceneMarkerDestroyDocument },
  sceneMarkersDestroy: { kind: 'mutation', document: G.SceneMarkersDestroyDocument },
  sceneMarkerUpdate: { kind: 'mutation', document: G.SceneMarkerUpdateDocument },
  sceneMerge: { kind: 'mutation', document: G.SceneMergeDocument },
  sceneResetActivity: { kind: 'mutation', document: G.SceneResetActivityDocument },
  sceneResetO: { kind: 'mutation', document: G.SceneResetODocument },
  sceneResetPlayCount: { kind: 'mutation', document: G.SceneResetPlayCountDocument },
  sceneSaveActivity: { kind: 'mutation', document: G.SceneSaveActivityDocument },
  scenesDestroy: { kind: 'mutation', document: G.ScenesDestroyDocument },
  scenesUpdate: { kind: 'mutation', document: G.ScenesUpdateDocument },
  sceneUpdate: { kind: 'mutation', document: G.SceneUpdateDocument },
  setDefaultFilter: { kind: 'mutation', document: G.SetDefaultFilterDocument },
  setGalleryCover: { kind: 'mutation', document: G.SetGalleryCoverDocument },
  setPluginsEnabled: { kind: 'mutation', document: G.SetPluginsEnabledDocument },
  setup: { kind: 'mutation', document: G.SetupDocument },
  stashBoxBatchPerformerTag: { kind: 'mutation', document: G.StashBoxBatchPerformerTagDocument },
  stashBoxBatchStudioTag: { kind: 'mutation', document: G.StashBoxBatchStudioTagDocument },
  stopAllJobs: { kind: 'mutation', document: G.StopAllJobsDocument },
  stopJob: { kind: 'mutation', document: G.StopJobDocument },
  studioCreate: { kind: 'mutation', document: G.StudioCreateDocument },
  studioDestroy: { kind: 'mutation', document: G.StudioDestroyDocument },
  studiosDestroy: { kind: 'mutation', document: G.StudiosDestroyDocument },
  studioUpdate: { kind: 'mutation', document: G.StudioUpdateDocument },
  submitStashBoxFingerprints: { kind: 'mutation', document: G.SubmitStashBoxFingerprintsDocument },
  submitStashBoxPerformerDraft: { kind: 'mutation', document: G.SubmitStashBoxPerformerDraftDocument },
  submitStashBoxSceneDraft: { kind: 'mutation', document: G.SubmitStashBoxSceneDraftDocument },
  tagCreate: { kind: 'mutation', document: G.TagCreateDocument },
  tagDestroy: { kind: 'mutation', document: G.TagDestroyDocument },
  tagsDestroy: { kind: 'mutation', document: G.TagsDestroyDocument },
  tagsMerge: { kind: 'mutation', document: G.TagsMergeDocument },
  tagUpdate: { kind: 'mutation', document: G.TagUpdateDocument },
  uninstallPackages: { kind: 'mutation', document: G.UninstallPackagesDocument },
  updatePackages: { kind: 'mutation', document: G.UpdatePackagesDocument },
  allGalleries: { kind: 'query', document: G.AllGalleriesDocument },
  allImages: { kind: 'query', document: G.AllImagesDocument },
  allMovies: { kind: 'query', document: G.AllMoviesDocument },
  allPerformers: { kind: 'query', document: G.AllPerformersDocument },
  allSceneMarkers: { kind: 'query', document: G.AllSceneMarkersDocument },
  allScenes: { kind: 'query', document: G.AllScenesDocument },
  allStudios: { kind: 'query', document: G.AllStudiosDocument },
  allTags: { kind: 'query', document: G.AllTagsDocument },
  availablePackages: { kind: 'query', document: G.AvailablePackagesDocument },
  configuration: { kind: 'query', document: G.ConfigurationDocument },
  directory: { kind: 'query', document: G.DirectoryDocument },
  dlnaStatus: { kind: 'query', document: G.DlnaStatusDocument },
  findDefaultFilter: { kind: 'query', document: G.FindDefaultFilterDocument },
  findDuplicateScenes: { kind: 'query', document: G.FindDuplicateScenesDocument },
  findFile: { kind: 'query', document: G.FindFileDocument },
  findFiles: { kind: 'query', document: G.FindFilesDocument },
  findFolder: { kind: 'query', document: G.FindFolderDocument },
  findFolders: { kind: 'query', document: G.FindFoldersDocument },
  findGalleries: { kind: 'query', document: G.FindGalleriesDocument },
  findGallery: { kind: 'query', document: G.FindGalleryDocument },
  findGroup: { kind: 'query', document: G.FindGroupDocument },
  findGroups: { kind: 'query', document: G.FindGroupsDocument },
  findImage: { kind: 'query', document: G.FindImageDocument },
  findImages: { kind: 'query', document: G.FindImagesDocument },
  findJob: { kind: 'query', document: G.FindJobDocument },
  findMovie: { kind: 'query', document: G.FindMovieDocument },
  findMovies: { kind: 'query', document: G.FindMoviesDocument },
  findPerformer: { kind: 'query', document: G.FindPerformerDocument },
  findPerformers: { kind: 'query', document: G.FindPerformersDocument },
  findSavedFilter: { kind: 'query', document: G.FindSavedFilterDocument },
  findSavedFilters: { kind: 'query', document: G.FindSavedFiltersDocument },
  findScene: { kind: 'query', document: G.FindSceneDocument },
  findSceneByHash: { kind: 'query', document: G.FindSceneByHashDocument },
  findSceneMarkers: { kind: 'query', document: G.FindSceneMarkersDocument },
  findScenes: { kind: 'query', document: G.FindScenesDocument },
  findScenesByPathRegex: { kind: 'query', document: G.FindScenesByPathRegexDocument },
  findStudio: { kind: 'query', document: G.FindStudioDocument },
  findStudios: { kind: 'query', document: G.FindStudiosDocument },
  findTag: { kind: 'query', document: G.FindTagDocument },
  findTags: { kind: 'query', document: G.FindTagsDocument },
  installedPackages: { kind: 'query', document: G.InstalledPackagesDocument },
  jobQueue: { kind: 'query', document: G.JobQueueDocument },
  latestversion: { kind: 'query', document: G.LatestversionDocument },
  listScrapers: { kind: 'query', document: G.ListScrapersDocument },
  logs: { kind: 'query', document: G.LogsDocument },
  markerStrings: { kind: 'query', document: G.MarkerStringsDocument },
  markerWall: { kind: 'query', document: G.MarkerWallDocument },
  parseSceneFilenames: { kind: 'query', document: G.ParseSceneFilenamesDocument },
  plugins: { kind: 'query', document: G.PluginsDocument },
  pluginTasks: { kind: 'query', document: G.PluginTasksDocument },
  sceneMarkerTags: { kind: 'query', document: G.SceneMarkerTagsDocument },
  sceneStreams: { kind: 'query', document: G.SceneStreamsDocument },
  sceneWall: { kind: 'query', document: G.SceneWallDocument },
  scrapeGalleryURL: { kind: 'query', document: G.ScrapeGalleryURLDocument },
  scrapeGroupURL: { kind: 'query', document: G.ScrapeGroupURLDocument },
  scrapeImageURL: { kind: 'query', document: G.ScrapeImageURLDocument },
  scrapeMovieURL: { kind: 'query', document: G.ScrapeMovieURLDocument },
  scrapeMultiPerformers: { kind: 'query', document: G.ScrapeMultiPerformersDocument },
  scrapeMultiScenes: { kind: 'query', document: G.ScrapeMultiScenesDocument },
  scrapePerformerURL: { kind: 'query', document: G.ScrapePerformerURLDocument },
  scrapeSceneURL: { kind: 'query', document: G.ScrapeSceneURLDocument },
  scrapeSingleGallery: { kind: 'query', document: G.ScrapeSingleGalleryDocument },
  scrapeSingleGroup: { kind: 'query', document: G.ScrapeSingleGroupDocument },
  scrapeSingleImage: { kind: 'query', document: G.ScrapeSingleImageDocument },
  scrapeSingleMovie: { kind: 'query', document: G.ScrapeSingleMovieDocument },
  scrapeSinglePerformer: { kind: 'query', document: G.ScrapeSinglePerformerDocument },
  scrapeSingleScene: { kind: 'query', document: G.ScrapeSingleSceneDocument },
  scrapeSingleStudio: { kind: 'query', document: G.ScrapeSingleStudioDocument },
  scrapeSingleTag: { kind: 'query', document: G.ScrapeSingleTagDocument },
  scrapeURL: { kind: 'query', document: G.ScrapeURLDocument },
  stats: { kind: 'query', document: G.StatsDocument },
  systemStatus: { kind: 'query', document: G.SystemStatusDocument },
  validateStashBoxCredentials: { kind: 'query', document: G.ValidateStashBoxCredentialsDocument },
  version: { kind: 'query', document: G.VersionDocument },
  jobsSubscribe: { kind: 'subscription', document: G.JobsSubscribeDocument },
  loggingSubscribe: { kind: 'subscription', document: G.LoggingSubscribeDocument },
  scanCompleteSubscribe: { kind: 'subscription', document: G.ScanCompleteSubscribeDocument },
} as const;

/** One typed method per root field; each resolves to that field's value (not the whole `data`). */
export abstract class StashOperations {
  protected abstract runField<K extends OperationName>(name: K, variables: OperationMap[K]['variables'] | undefined, options?: RequestOptions): Promise<unknown>;
  protected abstract subscribeField<K extends OperationName>(name: K, variables: OperationMap[K]['variables'] | undefined, options?: SubscriptionOptions): AsyncIterableIterator<unknown>;

  /**
   * Mutation.addGalleryImages
   */
  addGalleryImages(variables: G.AddGalleryImagesMutationVariables, options?: RequestOptions): Promise<G.AddGalleryImagesMutation['addGalleryImages']> {
    return this.runField('addGalleryImages', variables, options) as Promise<G.AddGalleryImagesMutation['addGalleryImages']>;
  }

  /**
   * Mutation.addGroupSubGroups
   */
  addGroupSubGroups(variables: G.AddGroupSubGroupsMutationVariables, options?: RequestOptions): Promise<G.AddGroupSubGroupsMutation['addGroupSubGroups']> {
    return this.runField('addGroupSubGroups', variables, options) as Promise<G.AddGroupSubGroupsMutation['addGroupSubGroups']>;
  }

  /**
   * Mutation.addTempDLNAIP
   *
   * Enables an IP address for DLNA for an optional duration
   */
  addTempDLNAIP(variables: G.AddTempDLNAIPMutationVariables, options?: RequestOptions): Promise<G.AddTempDLNAIPMutation['addTempDLNAIP']> {
    return this.runField('addTempDLNAIP', variables, options) as Promise<G.AddTempDLNAIPMutation['addTempDLNAIP']>;
  }

  /**
   * Mutation.anonymiseDatabase
   *
   * Anonymise the database in a separate file. Optionally returns a link to download the database file
   */
  anonymiseDatabase(variables: G.AnonymiseDatabaseMutationVariables, options?: RequestOptions): Promise<G.AnonymiseDatabaseMutation['anonymiseDatabase']> {
    return this.runField('anonymiseDatabase', variables, options) as Promise<G.AnonymiseDatabaseMutation['anonymiseDatabase']>;
  }

  /**
   * Mutation.backupDatabase
   *
   * Backup the database. Optionally returns a link to download the database file
   */
  backupDatabase(variables: G.BackupDatabaseMutationVariables, options?: RequestOptions): Promise<G.BackupDatabaseMutation['backupDatabase']> {
    return this.runField('backupDatabase', variables, options) as Promise<G.BackupDatabaseMutation['backupDatabase']>;
  }

  /**
   * Mutation.bulkGalleryUpdate
   */
  bulkGalleryUpdate(variables: G.BulkGalleryUpdateMutationVariables, options?: RequestOptions): Promise<G.BulkGalleryUpdateMutation['bulkGalleryUpdate']> {
    return this.runField('bulkGalleryUpdate', variables, options) as Promise<G.BulkGalleryUpdateMutation['bulkGalleryUpdate']>;
  }

  /**
   * Mutation.bulkGroupUpdate
   */
  bulkGroupUpdate(variables: G.BulkGroupUpdateMutationVariables, options?: RequestOptions): Promise<G.BulkGroupUpdateMutation['bulkGroupUpdate']> {
    return this.runField('bulkGroupUpdate', variables, options) as Promise<G.BulkGroupUpdateMutation['bulkGroupUpdate']>;
  }

  /**
   * Mutation.bulkImageUpdate
   */
  bulkImageUpdate(variables: G.BulkImageUpdateMutationVariables, options?: RequestOptions): Promise<G.BulkImageUpdateMutation['bulkImageUpdate']> {
    return this.runField('bulkImageUpdate', variables, options) as Promise<G.BulkImageUpdateMutation['bulkImageUpdate']>;
  }

  /**
   * Mutation.bulkMovieUpdate
   * @deprecated Use bulkGroupUpdate instead
   */
  bulkMovieUpdate(variables: G.BulkMovieUpdateMutationVariables, options?: RequestOptions): Promise<G.BulkMovieUpdateMutation['bulkMovieUpdate']> {
    return this.runField('bulkMovieUpdate', variables, options) as Promise<G.BulkMovieUpdateMutation['bulkMovieUpdate']>;
  }

  /**
   * Mutation.bulkPerformerUpdate
   */
  bulkPerformerUpdate(variables: G.BulkPerformerUpdateMutationVariables, options?: RequestOptions): Promise<G.BulkPerformerUpdateMutation['bulkPerformerUpdate']> {
    return this.runField('bulkPerformerUpdate', variables, options) as Promise<G.BulkPerformerUpdateMutation['bulkPerformerUpdate']>;
  }

  /**
   * Mutation.bulkSceneMarkerUpdate
   */
  bulkSceneMarkerUpdate(variables: G.BulkSceneMarkerUpdateMutationVariables, options?: RequestOptions): Promise<G.BulkSceneMarkerUpdateMutation['bulkSceneMarkerUpdate']> {
    return this.runField('bulkSceneMarkerUpdate', variables, options) as Promise<G.BulkSceneMarkerUpdateMutation['bulkSceneMarkerUpdate']>;
  }

  /**
   * Mutation.bulkSceneUpdate
   */
  bulkSceneUpdate(variables: G.BulkSceneUpdateMutationVariables, options?: RequestOptions): Promise<G.BulkSceneUpdateMutation['bulkSceneUpdate']> {
    return this.runField('bulkSceneUpdate', variables, options) as Promise<G.BulkSceneUpdateMutation['bulkSceneUpdate']>;
  }

  /**
   * Mutation.bulkStudioUpdate
   */
  bulkStudioUpdate(variables: G.BulkStudioUpdateMutationVariables, options?: RequestOptions): Promise<G.BulkStudioUpdateMutation['bulkStudioUpdate']> {
    return this.runField('bulkStudioUpdate', variables, options) as Promise<G.BulkStudioUpdateMutation['bulkStudioUpdate']>;
  }

  /**
   * Mutation.bulkTagUpdate
   */
  bulkTagUpdate(variables: G.BulkTagUpdateMutationVariables, options?: RequestOptions): Promise<G.BulkTagUpdateMutation['bulkTagUpdate']> {
    return this.runField('bulkTagUpdate', variables, options) as Promise<G.BulkTagUpdateMutation['bulkTagUpdate']>;
  }

  /**
   * Mutation.configureDefaults
   */
  configureDefaults(variables: G.ConfigureDefaultsMutationVariables, options?: RequestOptions): Promise<G.ConfigureDefaultsMutation['configureDefaults']> {
    return this.runField('configureDefaults', variables, options) as Promise<G.ConfigureDefaultsMutation['configureDefaults']>;
  }

  /**
   * Mutation.configureDLNA
   */
  configureDLNA(variables: G.ConfigureDLNAMutationVariables, options?: RequestOptions): Promise<G.ConfigureDLNAMutation['configureDLNA']> {
    return this.runField('configureDLNA', variables, options) as Promise<G.ConfigureDLNAMutation['configureDLNA']>;
  }

  /**
   * Mutation.configureGeneral
   *
   * Change general configuration options
   */
  configureGeneral(variables: G.ConfigureGeneralMutationVariables, options?: RequestOptions): Promise<G.ConfigureGeneralMutation['configureGeneral']> {
    return this.runField('configureGeneral', variables, options) as Promise<G.ConfigureGeneralMutation['configureGeneral']>;
  }

  /**
   * Mutation.configureInterface
   */
  configureInterface(variables: G.ConfigureInterfaceMutationVariables, options?: RequestOptions): Promise<G.ConfigureInterfaceMutation['configureInterface']> {
    return this.runField('configureInterface', variables, options) as Promise<G.ConfigureInterfaceMutation['configureInterface']>;
  }

  /**
   * Mutation.configurePlugin
   *
   * overwrites the entire plugin configuration for the given plugin
   */
  configurePlugin(variables: G.ConfigurePluginMutationVariables, options?: RequestOptions): Promise<G.ConfigurePluginMutation['configurePlugin']> {
    return this.runField('configurePlugin', variables, options) as Promise<G.ConfigurePluginMutation['configurePlugin']>;
  }

  /**
   * Mutation.configureScraping
   */
  configureScraping(variables: G.ConfigureScrapingMutationVariables, options?: RequestOptions): Promise<G.ConfigureScrapingMutation['configureScraping']> {
    return this.runField('configureScraping', variables, options) as Promise<G.ConfigureScrapingMutation['configureScraping']>;
  }

  /**
   * Mutation.configureUI
   *
   * overwrites the UI configuration
   * if input is provided, then the entire UI configuration is replaced
   * if partial is provided, then the partial UI configuration is merged into the existing UI configuration
   */
  configureUI(variables?: G.ConfigureUIMutationVariables, options?: RequestOptions): Promise<G.ConfigureUIMutation['configureUI']> {
    return this.runField('configureUI', variables, options) as Promise<G.ConfigureUIMutation['configureUI']>;
  }

  /**
   * Mutation.configureUISetting
   *
   * sets a single UI key value
   * key is a dot separated path to the value
   */
  configureUISetting(variables: G.ConfigureUISettingMutationVariables, options?: RequestOptions): Promise<G.ConfigureUISettingMutation['configureUISetting']> {
    return this.runField('configureUISetting', variables, options) as Promise<G.ConfigureUISettingMutation['configureUISetting']>;
  }

  /**
   * Mutation.deleteFiles
   */
  deleteFiles(variables: G.DeleteFilesMutationVariables, options?: RequestOptions): Promise<G.DeleteFilesMutation['deleteFiles']> {
    return this.runField('deleteFiles', variables, options) as Promise<G.DeleteFilesMutation['deleteFiles']>;
  }

  /**
   * Mutation.destroySavedFilter
   */
  destroySavedFilter(variables: G.DestroySavedFilterMutationVariables, options?: RequestOptions): Promise<G.DestroySavedFilterMutation['destroySavedFilter']> {
    return this.runField('destroySavedFilter', variables, options) as Promise<G.DestroySavedFilterMutation['destroySavedFilter']>;
  }

  /**
   * Mutation.disableDLNA
   *
   * Disables DLNA for an optional duration. Has no effect if DLNA is disabled by default
   */
  disableDLNA(variables: G.DisableDLNAMutationVariables, options?: RequestOptions): Promise<G.DisableDLNAMutation['disableDLNA']> {
    return this.runField('disableDLNA', variables, options) as Promise<G.DisableDLNAMutation['disableDLNA']>;
  }

  /**
   * Mutation.downloadFFMpeg
   *
   * Downloads and installs ffmpeg and ffprobe binaries into the configuration directory. Returns the job ID.
   */
  downloadFFMpeg(variables?: Record<string, never>, options?: RequestOptions): Promise<G.DownloadFFMpegMutation['downloadFFMpeg']> {
    return this.runField('downloadFFMpeg', variables, options) as Promise<G.DownloadFFMpegMutation['downloadFFMpeg']>;
  }

  /**
   * Mutation.enableDLNA
   *
   * Enables DLNA for an optional duration. Has no effect if DLNA is enabled by default
   */
  enableDLNA(variables: G.EnableDLNAMutationVariables, options?: RequestOptions): Promise<G.EnableDLNAMutation['enableDLNA']> {
    return this.runField('enableDLNA', variables, options) as Promise<G.EnableDLNAMutation['enableDLNA']>;
  }

  /**
   * Mutation.execSQL
   *
   * DANGEROUS: Execute an arbitrary SQL statement without returning any rows.
   */
  execSQL(variables: G.ExecSQLMutationVariables, options?: RequestOptions): Promise<G.ExecSQLMutation['execSQL']> {
    return this.runField('execSQL', variables, options) as Promise<G.ExecSQLMutation['execSQL']>;
  }

  /**
   * Mutation.exportObjects
   *
   * Returns a link to download the result
   */
  exportObjects(variables: G.ExportObjectsMutationVariables, options?: RequestOptions): Promise<G.ExportObjectsMutation['exportObjects']> {
    return this.runField('exportObjects', variables, options) as Promise<G.ExportObjectsMutation['exportObjects']>;
  }

  /**
   * Mutation.fileSetFingerprints
   */
  fileSetFingerprints(variables: G.FileSetFingerprintsMutationVariables, options?: RequestOptions): Promise<G.FileSetFingerprintsMutation['fileSetFingerprints']> {
    return this.runField('fileSetFingerprints', variables, options) as Promise<G.FileSetFingerprintsMutation['fileSetFingerprints']>;
  }

  /**
   * Mutation.galleriesUpdate
   */
  galleriesUpdate(variables: G.GalleriesUpdateMutationVariables, options?: RequestOptions): Promise<G.GalleriesUpdateMutation['galleriesUpdate']> {
    return this.runField('galleriesUpdate', variables, options) as Promise<G.GalleriesUpdateMutation['galleriesUpdate']>;
  }

  /**
   * Mutation.galleryChapterCreate
   */
  galleryChapterCreate(variables: G.GalleryChapterCreateMutationVariables, options?: RequestOptions): Promise<G.GalleryChapterCreateMutation['galleryChapterCreate']> {
    return this.runField('galleryChapterCreate', variables, options) as Promise<G.GalleryChapterCreateMutation['galleryChapterCreate']>;
  }

  /**
   * Mutation.galleryChapterDestroy
   */
  galleryChapterDestroy(variables: G.GalleryChapterDestroyMutationVariables, options?: RequestOptions): Promise<G.GalleryChapterDestroyMutation['galleryChapterDestroy']> {
    return this.runField('galleryChapterDestroy', variables, options) as Promise<G.GalleryChapterDestroyMutation['galleryChapterDestroy']>;
  }

  /**
   * Mutation.galleryChapterUpdate
   */
  galleryChapterUpdate(variables: G.GalleryChapterUpdateMutationVariables, options?: RequestOptions): Promise<G.GalleryChapterUpdateMutation['galleryChapterUpdate']> {
    return this.runField('galleryChapterUpdate', variables, options) as Promise<G.GalleryChapterUpdateMutation['galleryChapterUpdate']>;
  }

  /**
   * Mutation.galleryCreate
   */
  galleryCreate(variables: G.GalleryCreateMutationVariables, options?: RequestOptions): Promise<G.GalleryCreateMutation['galleryCreate']> {
    return this.runField('galleryCreate', variables, options) as Promise<G.GalleryCreateMutation['galleryCreate']>;
  }

  /**
   * Mutation.galleryDestroy
   */
  galleryDestroy(variables: G.GalleryDestroyMutationVariables, options?: RequestOptions): Promise<G.GalleryDestroyMutation['galleryDestroy']> {
    return this.runField('galleryDestroy', variables, options) as Promise<G.GalleryDestroyMutation['galleryDestroy']>;
  }

  /**
   * Mutation.galleryUpdate
   */
  galleryUpdate(variables: G.GalleryUpdateMutationVariables, options?: RequestOptions): Promise<G.GalleryUpdateMutation['galleryUpdate']> {
    return this.runField('galleryUpdate', variables, options) as Promise<G.GalleryUpdateMutation['galleryUpdate']>;
  }

  /**
   * Mutation.generateAPIKey
   *
   * Generate and set (or clear) API key
   */
  generateAPIKey(variables: G.GenerateAPIKeyMutationVariables, options?: RequestOptions): Promise<G.GenerateAPIKeyMutation['generateAPIKey']> {
    return this.runField('generateAPIKey', variables, options) as Promise<G.GenerateAPIKeyMutation['generateAPIKey']>;
  }

  /**
   * Mutation.groupCreate
   */
  groupCreate(variables: G.GroupCreateMutationVariables, options?: RequestOptions): Promise<G.GroupCreateMutation['groupCreate']> {
    return this.runField('groupCreate', variables, options) as Promise<G.GroupCreateMutation['groupCreate']>;
  }

  /**
   * Mutation.groupDestroy
   */
  groupDestroy(variables: G.GroupDestroyMutationVariables, options?: RequestOptions): Promise<G.GroupDestroyMutation['groupDestroy']> {
    return this.runField('groupDestroy', variables, options) as Promise<G.GroupDestroyMutation['groupDestroy']>;
  }

  /**
   * Mutation.groupsDestroy
   */
  groupsDestroy(variables: G.GroupsDestroyMutationVariables, options?: RequestOptions): Promise<G.GroupsDestroyMutation['groupsDestroy']> {
    return this.runField('groupsDestroy', variables, options) as Promise<G.GroupsDestroyMutation['groupsDestroy']>;
  }

  /**
   * Mutation.groupUpdate
   */
  groupUpdate(variables: G.GroupUpdateMutationVariables, options?: RequestOptions): Promise<G.GroupUpdateMutation['groupUpdate']> {
    return this.runField('groupUpdate', variables, options) as Promise<G.GroupUpdateMutation['groupUpdate']>;
  }

  /**
   * Mutation.imageDecrementO
   *
   * Decrements the o-counter for an image. Returns the new value
   */
  imageDecrementO(variables: G.ImageDecrementOMutationVariables, options?: RequestOptions): Promise<G.ImageDecrementOMutation['imageDecrementO']> {
    return this.runField('imageDecrementO', variables, options) as Promise<G.ImageDecrementOMutation['imageDecrementO']>;
  }

  /**
   * Mutation.imageDestroy
   */
  imageDestroy(variables: G.ImageDestroyMutationVariables, options?: RequestOptions): Promise<G.ImageDestroyMutation['imageDestroy']> {
    return this.runField('imageDestroy', variables, options) as Promise<G.ImageDestroyMutation['imageDestroy']>;
  }

  /**
   * Mutation.imageIncrementO
   *
   * Increments the o-counter for an image. Returns the new value
   */
  imageIncrementO(variables: G.ImageIncrementOMutationVariables, options?: RequestOptions): Promise<G.ImageIncrementOMutation['imageIncrementO']> {
    return this.runField('imageIncrementO', variables, options) as Promise<G.ImageIncrementOMutation['imageIncrementO']>;
  }

  /**
   * Mutation.imageResetO
   *
   * Resets the o-counter for a image to 0. Returns the new value
   */
  imageResetO(variables: G.ImageResetOMutationVariables, options?: RequestOptions): Promise<G.ImageResetOMutation['imageResetO']> {
    return this.runField('imageResetO', variables, options) as Promise<G.ImageResetOMutation['imageResetO']>;
  }

  /**
   * Mutation.imagesDestroy
   */
  imagesDestroy(variables: G.ImagesDestroyMutationVariables, options?: RequestOptions): Promise<G.ImagesDestroyMutation['imagesDestroy']> {
    return this.runField('imagesDestroy', variables, options) as Promise<G.ImagesDestroyMutation['imagesDestroy']>;
  }

  /**
   * Mutation.imagesUpdate
   */
  imagesUpdate(variables: G.ImagesUpdateMutationVariables, options?: RequestOptions): Promise<G.ImagesUpdateMutation['imagesUpdate']> {
    return this.runField('imagesUpdate', variables, options) as Promise<G.ImagesUpdateMutation['imagesUpdate']>;
  }

  /**
   * Mutation.imageUpdate
   */
  imageUpdate(variables: G.ImageUpdateMutationVariables, options?: RequestOptions): Promise<G.ImageUpdateMutation['imageUpdate']> {
    return this.runField('imageUpdate', variables, options) as Promise<G.ImageUpdateMutation['imageUpdate']>;
  }

  /**
   * Mutation.importObjects
   *
   * Performs an incremental import. Returns the job ID
   */
  importObjects(variables: G.ImportObjectsMutationVariables, options?: RequestOptions): Promise<G.ImportObjectsMutation['importObjects']> {
    return this.runField('importObjects', variables, options) as Promise<G.ImportObjectsMutation['importObjects']>;
  }

  /**
   * Mutation.installPackages
   *
   * Installs the given packages.
   * If a package is already installed, it will be updated if needed..
   * If an error occurs when installing a package, the job will continue to install the remaining packages.
   * Returns the job ID
   */
  installPackages(variables: G.InstallPackagesMutationVariables, options?: RequestOptions): Promise<G.InstallPackagesMutation['installPackages']> {
    return this.runField('installPackages', variables, options) as Promise<G.InstallPackagesMutation['installPackages']>;
  }

  /**
   * Mutation.metadataAutoTag
   *
   * Start auto-tagging. Returns the job ID
   */
  metadataAutoTag(variables: G.MetadataAutoTagMutationVariables, options?: RequestOptions): Promise<G.MetadataAutoTagMutation['metadataAutoTag']> {
    return this.runField('metadataAutoTag', variables, options) as Promise<G.MetadataAutoTagMutation['metadataAutoTag']>;
  }

  /**
   * Mutation.metadataClean
   *
   * Clean metadata. Returns the job ID
   */
  metadataClean(variables: G.MetadataCleanMutationVariables, options?: RequestOptions): Promise<G.MetadataCleanMutation['metadataClean']> {
    return this.runField('metadataClean', variables, options) as Promise<G.MetadataCleanMutation['metadataClean']>;
  }

  /**
   * Mutation.metadataCleanGenerated
   *
   * Clean generated files. Returns the job ID
   */
  metadataCleanGenerated(variables: G.MetadataCleanGeneratedMutationVariables, options?: RequestOptions): Promise<G.MetadataCleanGeneratedMutation['metadataCleanGenerated']> {
    return this.runField('metadataCleanGenerated', variables, options) as Promise<G.MetadataCleanGeneratedMutation['metadataCleanGenerated']>;
  }

  /**
   * Mutation.metadataExport
   *
   * Start a full export. Outputs to the metadata directory. Returns the job ID
   */
  metadataExport(variables?: Record<string, never>, options?: RequestOptions): Promise<G.MetadataExportMutation['metadataExport']> {
    return this.runField('metadataExport', variables, options) as Promise<G.MetadataExportMutation['metadataExport']>;
  }

  /**
   * Mutation.metadataGenerate
   *
   * Start generating content. Returns the job ID
   */
  metadataGenerate(variables: G.MetadataGenerateMutationVariables, options?: RequestOptions): Promise<G.MetadataGenerateMutation['metadataGenerate']> {
    return this.runField('metadataGenerate', variables, options) as Promise<G.MetadataGenerateMutation['metadataGenerate']>;
  }

  /**
   * Mutation.metadataIdentify
   *
   * Identifies scenes using scrapers. Returns the job ID
   */
  metadataIdentify(variables: G.MetadataIdentifyMutationVariables, options?: RequestOptions): Promise<G.MetadataIdentifyMutation['metadataIdentify']> {
    return this.runField('metadataIdentify', variables, options) as Promise<G.MetadataIdentifyMutation['metadataIdentify']>;
  }

  /**
   * Mutation.metadataImport
   *
   * Start an full import. Completely wipes the database and imports from the metadata directory. Returns the job ID
   */
  metadataImport(variables?: Record<string, never>, options?: RequestOptions): Promise<G.MetadataImportMutation['metadataImport']> {
    return this.runField('metadataImport', variables, options) as Promise<G.MetadataImportMutation['metadataImport']>;
  }

  /**
   * Mutation.metadataScan
   *
   * Start a scan. Returns the job ID
   */
  metadataScan(variables: G.MetadataScanMutationVariables, options?: RequestOptions): Promise<G.MetadataScanMutation['metadataScan']> {
    return this.runField('metadataScan', variables, options) as Promise<G.MetadataScanMutation['metadataScan']>;
  }

  /**
   * Mutation.migrate
   *
   * Migrates the schema to the required version. Returns the job ID
   */
  migrate(variables: G.MigrateMutationVariables, options?: RequestOptions): Promise<G.MigrateMutation['migrate']> {
    return this.runField('migrate', variables, options) as Promise<G.MigrateMutation['migrate']>;
  }

  /**
   * Mutation.migrateBlobs
   *
   * Migrates blobs from the old storage system to the current one
   */
  migrateBlobs(variables: G.MigrateBlobsMutationVariables, options?: RequestOptions): Promise<G.MigrateBlobsMutation['migrateBlobs']> {
    return this.runField('migrateBlobs', variables, options) as Promise<G.MigrateBlobsMutation['migrateBlobs']>;
  }

  /**
   * Mutation.migrateHashNaming
   *
   * Migrate generated files for the current hash naming
   */
  migrateHashNaming(variables?: Record<string, never>, options?: RequestOptions): Promise<G.MigrateHashNamingMutation['migrateHashNaming']> {
    return this.runField('migrateHashNaming', variables, options) as Promise<G.MigrateHashNamingMutation['migrateHashNaming']>;
  }

  /**
   * Mutation.migrateSceneScreenshots
   *
   * Migrates legacy scene screenshot files into the blob storage
   */
  migrateSceneScreenshots(variables: G.MigrateSceneScreenshotsMutationVariables, options?: RequestOptions): Promise<G.MigrateSceneScreenshotsMutation['migrateSceneScreenshots']> {
    return this.runField('migrateSceneScreenshots', variables, options) as Promise<G.MigrateSceneScreenshotsMutation['migrateSceneScreenshots']>;
  }

  /**
   * Mutation.moveFiles
   *
   * Moves the given files to the given destination. Returns true if successful.
   * Either the destination_folder or destination_folder_id must be provided.
   * If both are provided, the destination_folder_id takes precedence.
   * Destination folder must be a subfolder of one of the stash library paths.
   * If provided, destination_basename must be a valid filename with an extension that
   * matches one of the media extensions.
   * Creates folder hierarchy if needed.
   */
  moveFiles(variables: G.MoveFilesMutationVariables, options?: RequestOptions): Promise<G.MoveFilesMutation['moveFiles']> {
    return this.runField('moveFiles', variables, options) as Promise<G.MoveFilesMutation['moveFiles']>;
  }

  /**
   * Mutation.movieCreate
   * @deprecated Use groupCreate instead
   */
  movieCreate(variables: G.MovieCreateMutationVariables, options?: RequestOptions): Promise<G.MovieCreateMutation['movieCreate']> {
    return this.runField('movieCreate', variables, options) as Promise<G.MovieCreateMutation['movieCreate']>;
  }

  /**
   * Mutation.movieDestroy
   * @deprecated Use groupDestroy instead
   */
  movieDestroy(variables: G.MovieDestroyMutationVariables, options?: RequestOptions): Promise<G.MovieDestroyMutation['movieDestroy']> {
    return this.runField('movieDestroy', variables, options) as Promise<G.MovieDestroyMutation['movieDestroy']>;
  }

  /**
   * Mutation.moviesDestroy
   * @deprecated Use groupsDestroy instead
   */
  moviesDestroy(variables: G.MoviesDestroyMutationVariables, options?: RequestOptions): Promise<G.MoviesDestroyMutation['moviesDestroy']> {
    return this.runField('moviesDestroy', variables, options) as Promise<G.MoviesDestroyMutation['moviesDestroy']>;
  }

  /**
   * Mutation.movieUpdate
   * @deprecated Use groupUpdate instead
   */
  movieUpdate(variables: G.MovieUpdateMutationVariables, options?: RequestOptions): Promise<G.MovieUpdateMutation['movieUpdate']> {
    return this.runField('movieUpdate', variables, options) as Promise<G.MovieUpdateMutation['movieUpdate']>;
  }

  /**
   * Mutation.optimiseDatabase
   *
   * Optimises the database. Returns the job ID
   */
  optimiseDatabase(variables?: Record<string, never>, options?: RequestOptions): Promise<G.OptimiseDatabaseMutation['optimiseDatabase']> {
    return this.runField('optimiseDatabase', variables, options) as Promise<G.OptimiseDatabaseMutation['optimiseDatabase']>;
  }

  /**
   * Mutation.performerCreate
   */
  performerCreate(variables: G.PerformerCreateMutationVariables, options?: RequestOptions): Promise<G.PerformerCreateMutation['performerCreate']> {
    return this.runField('performerCreate', variables, options) as Promise<G.PerformerCreateMutation['performerCreate']>;
  }

  /**
   * Mutation.performerDestroy
   */
  performerDestroy(variables: G.PerformerDestroyMutationVariables, options?: RequestOptions): Promise<G.PerformerDestroyMutation['performerDestroy']> {
    return this.runField('performerDestroy', variables, options) as Promise<G.PerformerDestroyMutation['performerDestroy']>;
  }

  /**
   * Mutation.performersDestroy
   */
  performersDestroy(variables: G.PerformersDestroyMutationVariables, options?: RequestOptions): Promise<G.PerformersDestroyMutation['performersDestroy']> {
    return this.runField('performersDestroy', variables, options) as Promise<G.PerformersDestroyMutation['performersDestroy']>;
  }

  /**
   * Mutation.performerUpdate
   */
  performerUpdate(variables: G.PerformerUpdateMutationVariables, options?: RequestOptions): Promise<G.PerformerUpdateMutation['performerUpdate']> {
    return this.runField('performerUpdate', variables, options) as Promise<G.PerformerUpdateMutation['performerUpdate']>;
  }

  /**
   * Mutation.querySQL
   *
   * DANGEROUS: Execute an arbitrary SQL statement that returns rows.
   */
  querySQL(variables: G.QuerySQLMutationVariables, options?: RequestOptions): Promise<G.QuerySQLMutation['querySQL']> {
    return this.runField('querySQL', variables, options) as Promise<G.QuerySQLMutation['querySQL']>;
  }

  /**
   * Mutation.reloadPlugins
   */
  reloadPlugins(variables?: Record<string, never>, options?: RequestOptions): Promise<G.ReloadPluginsMutation['reloadPlugins']> {
    return this.runField('reloadPlugins', variables, options) as Promise<G.ReloadPluginsMutation['reloadPlugins']>;
  }

  /**
   * Mutation.reloadScrapers
   *
   * Reload scrapers
   */
  reloadScrapers(variables?: Record<string, never>, options?: RequestOptions): Promise<G.ReloadScrapersMutation['reloadScrapers']> {
    return this.runField('reloadScrapers', variables, options) as Promise<G.ReloadScrapersMutation['reloadScrapers']>;
  }

  /**
   * Mutation.removeGalleryImages
   */
  removeGalleryImages(variables: G.RemoveGalleryImagesMutationVariables, options?: RequestOptions): Promise<G.RemoveGalleryImagesMutation['removeGalleryImages']> {
    return this.runField('removeGalleryImages', variables, options) as Promise<G.RemoveGalleryImagesMutation['removeGalleryImages']>;
  }

  /**
   * Mutation.removeGroupSubGroups
   */
  removeGroupSubGroups(variables: G.RemoveGroupSubGroupsMutationVariables, options?: RequestOptions): Promise<G.RemoveGroupSubGroupsMutation['removeGroupSubGroups']> {
    return this.runField('removeGroupSubGroups', variables, options) as Promise<G.RemoveGroupSubGroupsMutation['removeGroupSubGroups']>;
  }

  /**
   * Mutation.removeTempDLNAIP
   *
   * Removes an IP address from the temporary DLNA whitelist
   */
  removeTempDLNAIP(variables: G.RemoveTempDLNAIPMutationVariables, options?: RequestOptions): Promise<G.RemoveTempDLNAIPMutation['removeTempDLNAIP']> {
    return this.runField('removeTempDLNAIP', variables, options) as Promise<G.RemoveTempDLNAIPMutation['removeTempDLNAIP']>;
  }

  /**
   * Mutation.reorderSubGroups
   *
   * Reorder sub groups within a group. Returns true if successful.
   */
  reorderSubGroups(variables: G.ReorderSubGroupsMutationVariables, options?: RequestOptions): Promise<G.ReorderSubGroupsMutation['reorderSubGroups']> {
    return this.runField('reorderSubGroups', variables, options) as Promise<G.ReorderSubGroupsMutation['reorderSubGroups']>;
  }

  /**
   * Mutation.resetGalleryCover
   */
  resetGalleryCover(variables: G.ResetGalleryCoverMutationVariables, options?: RequestOptions): Promise<G.ResetGalleryCoverMutation['resetGalleryCover']> {
    return this.runField('resetGalleryCover', variables, options) as Promise<G.ResetGalleryCoverMutation['resetGalleryCover']>;
  }

  /**
   * Mutation.runPluginOperation
   *
   * Runs a plugin operation. The operation is run immediately and does not use the job queue.
   * Returns a map of the result.
   */
  runPluginOperation(variables: G.RunPluginOperationMutationVariables, options?: RequestOptions): Promise<G.RunPluginOperationMutation['runPluginOperation']> {
    return this.runField('runPluginOperation', variables, options) as Promise<G.RunPluginOperationMutation['runPluginOperation']>;
  }

  /**
   * Mutation.runPluginTask
   *
   * Run a plugin task.
   * If task_name is provided, then the task must exist in the plugin config and the tasks configuration
   * will be used to run the plugin.
   * If no task_name is provided, then the plugin will be executed with the arguments provided only.
   * Returns the job ID
   */
  runPluginTask(variables: G.RunPluginTaskMutationVariables, options?: RequestOptions): Promise<G.RunPluginTaskMutation['runPluginTask']> {
    return this.runField('runPluginTask', variables, options) as Promise<G.RunPluginTaskMutation['runPluginTask']>;
  }

  /**
   * Mutation.saveFilter
   */
  saveFilter(variables: G.SaveFilterMutationVariables, options?: RequestOptions): Promise<G.SaveFilterMutation['saveFilter']> {
    return this.runField('saveFilter', variables, options) as Promise<G.SaveFilterMutation['saveFilter']>;
  }

  /**
   * Mutation.sceneAddO
   *
   * Increments the o-counter for a scene. Uses the current time if none provided.
   */
  sceneAddO(variables: G.SceneAddOMutationVariables, options?: RequestOptions): Promise<G.SceneAddOMutation['sceneAddO']> {
    return this.runField('sceneAddO', variables, options) as Promise<G.SceneAddOMutation['sceneAddO']>;
  }

  /**
   * Mutation.sceneAddPlay
   *
   * Increments the play count for the scene. Uses the current time if none provided.
   */
  sceneAddPlay(variables: G.SceneAddPlayMutationVariables, options?: RequestOptions): Promise<G.SceneAddPlayMutation['sceneAddPlay']> {
    return this.runField('sceneAddPlay', variables, options) as Promise<G.SceneAddPlayMutation['sceneAddPlay']>;
  }

  /**
   * Mutation.sceneAssignFile
   */
  sceneAssignFile(variables: G.SceneAssignFileMutationVariables, options?: RequestOptions): Promise<G.SceneAssignFileMutation['sceneAssignFile']> {
    return this.runField('sceneAssignFile', variables, options) as Promise<G.SceneAssignFileMutation['sceneAssignFile']>;
  }

  /**
   * Mutation.sceneCreate
   */
  sceneCreate(variables: G.SceneCreateMutationVariables, options?: RequestOptions): Promise<G.SceneCreateMutation['sceneCreate']> {
    return this.runField('sceneCreate', variables, options) as Promise<G.SceneCreateMutation['sceneCreate']>;
  }

  /**
   * Mutation.sceneDecrementO
   *
   * Decrements the o-counter for a scene. Returns the new value
   * @deprecated Use sceneRemoveO instead
   */
  sceneDecrementO(variables: G.SceneDecrementOMutationVariables, options?: RequestOptions): Promise<G.SceneDecrementOMutation['sceneDecrementO']> {
    return this.runField('sceneDecrementO', variables, options) as Promise<G.SceneDecrementOMutation['sceneDecrementO']>;
  }

  /**
   * Mutation.sceneDeleteO
   *
   * Decrements the o-counter for a scene, removing the last recorded time if specific time not provided. Returns the new value
   */
  sceneDeleteO(variables: G.SceneDeleteOMutationVariables, options?: RequestOptions): Promise<G.SceneDeleteOMutation['sceneDeleteO']> {
    return this.runField('sceneDeleteO', variables, options) as Promise<G.SceneDeleteOMutation['sceneDeleteO']>;
  }

  /**
   * Mutation.sceneDeletePlay
   *
   * Decrements the play count for the scene, removing the specific times or the last recorded time if not provided.
   */
  sceneDeletePlay(variables: G.SceneDeletePlayMutationVariables, options?: RequestOptions): Promise<G.SceneDeletePlayMutation['sceneDeletePlay']> {
    return this.runField('sceneDeletePlay', variables, options) as Promise<G.SceneDeletePlayMutation['sceneDeletePlay']>;
  }

  /**
   * Mutation.sceneDestroy
   */
  sceneDestroy(variables: G.SceneDestroyMutationVariables, options?: RequestOptions): Promise<G.SceneDestroyMutation['sceneDestroy']> {
    return this.runField('sceneDestroy', variables, options) as Promise<G.SceneDestroyMutation['sceneDestroy']>;
  }

  /**
   * Mutation.sceneGenerateScreenshot
   *
   * Generates screenshot at specified time in seconds. Leave empty to generate default screenshot
   */
  sceneGenerateScreenshot(variables: G.SceneGenerateScreenshotMutationVariables, options?: RequestOptions): Promise<G.SceneGenerateScreenshotMutation['sceneGenerateScreenshot']> {
    return this.runField('sceneGenerateScreenshot', variables, options) as Promise<G.SceneGenerateScreenshotMutation['sceneGenerateScreenshot']>;
  }

  /**
   * Mutation.sceneIncrementO
   *
   * Increments the o-counter for a scene. Returns the new value
   * @deprecated Use sceneAddO instead
   */
  sceneIncrementO(variables: G.SceneIncrementOMutationVariables, options?: RequestOptions): Promise<G.SceneIncrementOMutation['sceneIncrementO']> {
    return this.runField('sceneIncrementO', variables, options) as Promise<G.SceneIncrementOMutation['sceneIncrementO']>;
  }

  /**
   * Mutation.sceneIncrementPlayCount
   *
   * Increments the play count for the scene. Returns the new play count value.
   * @deprecated Use sceneAddPlay instead
   */
  sceneIncrementPlayCount(variables: G.SceneIncrementPlayCountMutationVariables, options?: RequestOptions): Promise<G.SceneIncrementPlayCountMutation['sceneIncrementPlayCount']> {
    return this.runField('sceneIncrementPlayCount', variables, options) as Promise<G.SceneIncrementPlayCountMutation['sceneIncrementPlayCount']>;
  }

  /**
   * Mutation.sceneMarkerCreate
   */
  sceneMarkerCreate(variables: G.SceneMarkerCreateMutationVariables, options?: RequestOptions): Promise<G.SceneMarkerCreateMutation['sceneMarkerCreate']> {
    return this.runField('sceneMarkerCreate', variables, options) as Promise<G.SceneMarkerCreateMutation['sceneMarkerCreate']>;
  }

  /**
   * Mutation.sceneMarkerDestroy
   */
  sceneMarkerDestroy(variables: G.SceneMarkerDestroyMutationVariables, options?: RequestOptions): Promise<G.SceneMarkerDestroyMutation['sceneMarkerDestroy']> {
    return this.runField('sceneMarkerDestroy', variables, options) as Promise<G.SceneMarkerDestroyMutation['sceneMarkerDestroy']>;
  }

  /**
   * Mutation.sceneMarkersDestroy
   */
  sceneMarkersDestroy(variables: G.SceneMarkersDestroyMutationVariables, options?: RequestOptions): Promise<G.SceneMarkersDestroyMutation['sceneMarkersDestroy']> {
    return this.runField('sceneMarkersDestroy', variables, options) as Promise<G.SceneMarkersDestroyMutation['sceneMarkersDestroy']>;
  }

  /**
   * Mutation.sceneMarkerUpdate
   */
  sceneMarkerUpdate(variables: G.SceneMarkerUpdateMutationVariables, options?: RequestOptions): Promise<G.SceneMarkerUpdateMutation['sceneMarkerUpdate']> {
    return this.runField('sceneMarkerUpdate', variables, options) as Promise<G.SceneMarkerUpdateMutation['sceneMarkerUpdate']>;
  }

  /**
   * Mutation.sceneMerge
   */
  sceneMerge(variables: G.SceneMergeMutationVariables, options?: RequestOptions): Promise<G.SceneMergeMutation['sceneMerge']> {
    return this.runField('sceneMerge', variables, options) as Promise<G.SceneMergeMutation['sceneMerge']>;
  }

  /**
   * Mutation.sceneResetActivity
   *
   * Resets the resume time point and play duration
   */
  sceneResetActivity(variables: G.SceneResetActivityMutationVariables, options?: RequestOptions): Promise<G.SceneResetActivityMutation['sceneResetActivity']> {
    return this.runField('sceneResetActivity', variables, options) as Promise<G.SceneResetActivityMutation['sceneResetActivity']>;
  }

  /**
   * Mutation.sceneResetO
   *
   * Resets the o-counter for a scene to 0. Returns the new value
   */
  sceneResetO(variables: G.SceneResetOMutationVariables, options?: RequestOptions): Promise<G.SceneResetOMutation['sceneResetO']> {
    return this.runField('sceneResetO', variables, options) as Promise<G.SceneResetOMutation['sceneResetO']>;
  }

  /**
   * Mutation.sceneResetPlayCount
   *
   * Resets the play count for a scene to 0. Returns the new play count value.
   */
  sceneResetPlayCount(variables: G.SceneResetPlayCountMutationVariables, options?: RequestOptions): Promise<G.SceneResetPlayCountMutation['sceneResetPlayCount']> {
    return this.runField('sceneResetPlayCount', variables, options) as Promise<G.SceneResetPlayCountMutation['sceneResetPlayCount']>;
  }

  /**
   * Mutation.sceneSaveActivity
   *
   * Sets the resume time point (if provided) and adds the provided duration to the scene's play duration
   */
  sceneSaveActivity(variables: G.SceneSaveActivityMutationVariables, options?: RequestOptions): Promise<G.SceneSaveActivityMutation['sceneSaveActivity']> {
    return this.runField('sceneSaveActivity', variables, options) as Promise<G.SceneSaveActivityMutation['sceneSaveActivity']>;
  }

  /**
   * Mutation.scenesDestroy
   */
  scenesDestroy(variables: G.ScenesDestroyMutationVariables, options?: RequestOptions): Promise<G.ScenesDestroyMutation['scenesDestroy']> {
    return this.runField('scenesDestroy', variables, options) as Promise<G.ScenesDestroyMutation['scenesDestroy']>;
  }

  /**
   * Mutation.scenesUpdate
   */
  scenesUpdate(variables: G.ScenesUpdateMutationVariables, options?: RequestOptions): Promise<G.ScenesUpdateMutation['scenesUpdate']> {
    return this.runField('scenesUpdate', variables, options) as Promise<G.ScenesUpdateMutation['scenesUpdate']>;
  }

  /**
   * Mutation.sceneUpdate
   */
  sceneUpdate(variables: G.SceneUpdateMutationVariables, options?: RequestOptions): Promise<G.SceneUpdateMutation['sceneUpdate']> {
    return this.runField('sceneUpdate', variables, options) as Promise<G.SceneUpdateMutation['sceneUpdate']>;
  }

  /**
   * Mutation.setDefaultFilter
   * @deprecated now uses UI config
   */
  setDefaultFilter(variables: G.SetDefaultFilterMutationVariables, options?: RequestOptions): Promise<G.SetDefaultFilterMutation['setDefaultFilter']> {
    return this.runField('setDefaultFilter', variables, options) as Promise<G.SetDefaultFilterMutation['setDefaultFilter']>;
  }

  /**
   * Mutation.setGalleryCover
   */
  setGalleryCover(variables: G.SetGalleryCoverMutationVariables, options?: RequestOptions): Promise<G.SetGalleryCoverMutation['setGalleryCover']> {
    return this.runField('setGalleryCover', variables, options) as Promise<G.SetGalleryCoverMutation['setGalleryCover']>;
  }

  /**
   * Mutation.setPluginsEnabled
   *
   * Enable/disable plugins - enabledMap is a map of plugin IDs to enabled booleans.
   * Plugins not in the map are not affected.
   */
  setPluginsEnabled(variables: G.SetPluginsEnabledMutationVariables, options?: RequestOptions): Promise<G.SetPluginsEnabledMutation['setPluginsEnabled']> {
    return this.runField('setPluginsEnabled', variables, options) as Promise<G.SetPluginsEnabledMutation['setPluginsEnabled']>;
  }

  /**
   * Mutation.setup
   */
  setup(variables: G.SetupMutationVariables, options?: RequestOptions): Promise<G.SetupMutation['setup']> {
    return this.runField('setup', variables, options) as Promise<G.SetupMutation['setup']>;
  }

  /**
   * Mutation.stashBoxBatchPerformerTag
   *
   * Run batch performer tag task. Returns the job ID.
   */
  stashBoxBatchPerformerTag(variables: G.StashBoxBatchPerformerTagMutationVariables, options?: RequestOptions): Promise<G.StashBoxBatchPerformerTagMutation['stashBoxBatchPerformerTag']> {
    return this.runField('stashBoxBatchPerformerTag', variables, options) as Promise<G.StashBoxBatchPerformerTagMutation['stashBoxBatchPerformerTag']>;
  }

  /**
   * Mutation.stashBoxBatchStudioTag
   *
   * Run batch studio tag task. Returns the job ID.
   */
  stashBoxBatchStudioTag(variables: G.StashBoxBatchStudioTagMutationVariables, options?: RequestOptions): Promise<G.StashBoxBatchStudioTagMutation['stashBoxBatchStudioTag']> {
    return this.runField('stashBoxBatchStudioTag', variables, options) as Promise<G.StashBoxBatchStudioTagMutation['stashBoxBatchStudioTag']>;
  }

  /**
   * Mutation.stopAllJobs
   */
  stopAllJobs(variables?: Record<string, never>, options?: RequestOptions): Promise<G.StopAllJobsMutation['stopAllJobs']> {
    return this.runField('stopAllJobs', variables, options) as Promise<G.StopAllJobsMutation['stopAllJobs']>;
  }

  /**
   * Mutation.stopJob
   */
  stopJob(variables: G.StopJobMutationVariables, options?: RequestOptions): Promise<G.StopJobMutation['stopJob']> {
    return this.runField('stopJob', variables, options) as Promise<G.StopJobMutation['stopJob']>;
  }

  /**
   * Mutation.studioCreate
   */
  studioCreate(variables: G.StudioCreateMutationVariables, options?: RequestOptions): Promise<G.StudioCreateMutation['studioCreate']> {
    return this.runField('studioCreate', variables, options) as Promise<G.StudioCreateMutation['studioCreate']>;
  }

  /**
   * Mutation.studioDestroy
   */
  studioDestroy(variables: G.StudioDestroyMutationVariables, options?: RequestOptions): Promise<G.StudioDestroyMutation['studioDestroy']> {
    return this.runField('studioDestroy', variables, options) as Promise<G.StudioDestroyMutation['studioDestroy']>;
  }

  /**
   * Mutation.studiosDestroy
   */
  studiosDestroy(variables: G.StudiosDestroyMutationVariables, options?: RequestOptions): Promise<G.StudiosDestroyMutation['studiosDestroy']> {
    return this.runField('studiosDestroy', variables, options) as Promise<G.StudiosDestroyMutation['studiosDestroy']>;
  }

  /**
   * Mutation.studioUpdate
   */
  studioUpdate(variables: G.StudioUpdateMutationVariables, options?: RequestOptions): Promise<G.StudioUpdateMutation['studioUpdate']> {
    return this.runField('studioUpdate', variables, options) as Promise<G.StudioUpdateMutation['studioUpdate']>;
  }

  /**
   * Mutation.submitStashBoxFingerprints
   *
   * Submit fingerprints to stash-box instance
   */
  submitStashBoxFingerprints(variables: G.SubmitStashBoxFingerprintsMutationVariables, options?: RequestOptions): Promise<G.SubmitStashBoxFingerprintsMutation['submitStashBoxFingerprints']> {
    return this.runField('submitStashBoxFingerprints', variables, options) as Promise<G.SubmitStashBoxFingerprintsMutation['submitStashBoxFingerprints']>;
  }

  /**
   * Mutation.submitStashBoxPerformerDraft
   *
   * Submit performer as draft to stash-box instance
   */
  submitStashBoxPerformerDraft(variables: G.SubmitStashBoxPerformerDraftMutationVariables, options?: RequestOptions): Promise<G.SubmitStashBoxPerformerDraftMutation['submitStashBoxPerformerDraft']> {
    return this.runField('submitStashBoxPerformerDraft', variables, options) as Promise<G.SubmitStashBoxPerformerDraftMutation['submitStashBoxPerformerDraft']>;
  }

  /**
   * Mutation.submitStashBoxSceneDraft
   *
   * Submit scene as draft to stash-box instance
   */
  submitStashBoxSceneDraft(variables: G.SubmitStashBoxSceneDraftMutationVariables, options?: RequestOptions): Promise<G.SubmitStashBoxSceneDraftMutation['submitStashBoxSceneDraft']> {
    return this.runField('submitStashBoxSceneDraft', variables, options) as Promise<G.SubmitStashBoxSceneDraftMutation['submitStashBoxSceneDraft']>;
  }

  /**
   * Mutation.tagCreate
   */
  tagCreate(variables: G.TagCreateMutationVariables, options?: RequestOptions): Promise<G.TagCreateMutation['tagCreate']> {
    return this.runField('tagCreate', variables, options) as Promise<G.TagCreateMutation['tagCreate']>;
  }

  /**
   * Mutation.tagDestroy
   */
  tagDestroy(variables: G.TagDestroyMutationVariables, options?: RequestOptions): Promise<G.TagDestroyMutation['tagDestroy']> {
    return this.runField('tagDestroy', variables, options) as Promise<G.TagDestroyMutation['tagDestroy']>;
  }

  /**
   * Mutation.tagsDestroy
   */
  tagsDestroy(variables: G.TagsDestroyMutationVariables, options?: RequestOptions): Promise<G.TagsDestroyMutation['tagsDestroy']> {
    return this.runField('tagsDestroy', variables, options) as Promise<G.TagsDestroyMutation['tagsDestroy']>;
  }

  /**
   * Mutation.tagsMerge
   */
  tagsMerge(variables: G.TagsMergeMutationVariables, options?: RequestOptions): Promise<G.TagsMergeMutation['tagsMerge']> {
    return this.runField('tagsMerge', variables, options) as Promise<G.TagsMergeMutation['tagsMerge']>;
  }

  /**
   * Mutation.tagUpdate
   */
  tagUpdate(variables: G.TagUpdateMutationVariables, options?: RequestOptions): Promise<G.TagUpdateMutation['tagUpdate']> {
    return this.runField('tagUpdate', variables, options) as Promise<G.TagUpdateMutation['tagUpdate']>;
  }

  /**
   * Mutation.uninstallPackages
   *
   * Uninstalls the given packages.
   * If an error occurs when uninstalling a package, the job will continue to uninstall the remaining packages.
   * Returns the job ID
   */
  uninstallPackages(variables: G.UninstallPackagesMutationVariables, options?: RequestOptions): Promise<G.UninstallPackagesMutation['uninstallPackages']> {
    return this.runField('uninstallPackages', variables, options) as Promise<G.UninstallPackagesMutation['uninstallPackages']>;
  }

  /**
   * Mutation.updatePackages
   *
   * Updates the given packages.
   * If a package is not installed, it will not be installed.
   * If a package does not need to be updated, it will not be updated.
   * If no packages are provided, all packages of the given type will be updated.
   * If an error occurs when updating a package, the job will continue to update the remaining packages.
   * Returns the job ID.
   */
  updatePackages(variables: G.UpdatePackagesMutationVariables, options?: RequestOptions): Promise<G.UpdatePackagesMutation['updatePackages']> {
    return this.runField('updatePackages', variables, options) as Promise<G.UpdatePackagesMutation['updatePackages']>;
  }

  /**
   * Query.allGalleries
   * @deprecated Use findGalleries instead
   */
  allGalleries(variables?: Record<string, never>, options?: RequestOptions): Promise<G.AllGalleriesQuery['allGalleries']> {
    return this.runField('allGalleries', variables, options) as Promise<G.AllGalleriesQuery['allGalleries']>;
  }

  /**
   * Query.allImages
   * @deprecated Use findImages instead
   */
  allImages(variables?: Record<string, never>, options?: RequestOptions): Promise<G.AllImagesQuery['allImages']> {
    return this.runField('allImages', variables, options) as Promise<G.AllImagesQuery['allImages']>;
  }

  /**
   * Query.allMovies
   * @deprecated Use findGroups instead
   */
  allMovies(variables?: Record<string, never>, options?: RequestOptions): Promise<G.AllMoviesQuery['allMovies']> {
    return this.runField('allMovies', variables, options) as Promise<G.AllMoviesQuery['allMovies']>;
  }

  /**
   * Query.allPerformers
   */
  allPerformers(variables?: Record<string, never>, options?: RequestOptions): Promise<G.AllPerformersQuery['allPerformers']> {
    return this.runField('allPerformers', variables, options) as Promise<G.AllPerformersQuery['allPerformers']>;
  }

  /**
   * Query.allSceneMarkers
   * @deprecated Use findSceneMarkers instead
   */
  allSceneMarkers(variables?: Record<string, never>, options?: RequestOptions): Promise<G.AllSceneMarkersQuery['allSceneMarkers']> {
    return this.runField('allSceneMarkers', variables, options) as Promise<G.AllSceneMarkersQuery['allSceneMarkers']>;
  }

  /**
   * Query.allScenes
   * @deprecated Use findScenes instead
   */
  allScenes(variables?: Record<string, never>, options?: RequestOptions): Promise<G.AllScenesQuery['allScenes']> {
    return this.runField('allScenes', variables, options) as Promise<G.AllScenesQuery['allScenes']>;
  }

  /**
   * Query.allStudios
   * @deprecated Use findStudios instead
   */
  allStudios(variables?: Record<string, never>, options?: RequestOptions): Promise<G.AllStudiosQuery['allStudios']> {
    return this.runField('allStudios', variables, options) as Promise<G.AllStudiosQuery['allStudios']>;
  }

  /**
   * Query.allTags
   * @deprecated Use findTags instead
   */
  allTags(variables?: Record<string, never>, options?: RequestOptions): Promise<G.AllTagsQuery['allTags']> {
    return this.runField('allTags', variables, options) as Promise<G.AllTagsQuery['allTags']>;
  }

  /**
   * Query.availablePackages
   *
   * List available packages
   */
  availablePackages(variables: G.AvailablePackagesQueryVariables, options?: RequestOptions): Promise<G.AvailablePackagesQuery['availablePackages']> {
    return this.runField('availablePackages', variables, options) as Promise<G.AvailablePackagesQuery['availablePackages']>;
  }

  /**
   * Query.configuration
   *
   * Returns the current, complete configuration
   */
  configuration(variables?: Record<string, never>, options?: RequestOptions): Promise<G.ConfigurationQuery['configuration']> {
    return this.runField('configuration', variables, options) as Promise<G.ConfigurationQuery['configuration']>;
  }

  /**
   * Query.directory
   *
   * Returns an array of paths for the given path
   */
  directory(variables?: G.DirectoryQueryVariables, options?: RequestOptions): Promise<G.DirectoryQuery['directory']> {
    return this.runField('directory', variables, options) as Promise<G.DirectoryQuery['directory']>;
  }

  /**
   * Query.dlnaStatus
   */
  dlnaStatus(variables?: Record<string, never>, options?: RequestOptions): Promise<G.DlnaStatusQuery['dlnaStatus']> {
    return this.runField('dlnaStatus', variables, options) as Promise<G.DlnaStatusQuery['dlnaStatus']>;
  }

  /**
   * Query.findDefaultFilter
   * @deprecated default filter now stored in UI config
   */
  findDefaultFilter(variables: G.FindDefaultFilterQueryVariables, options?: RequestOptions): Promise<G.FindDefaultFilterQuery['findDefaultFilter']> {
    return this.runField('findDefaultFilter', variables, options) as Promise<G.FindDefaultFilterQuery['findDefaultFilter']>;
  }

  /**
   * Query.findDuplicateScenes
   *
   * Returns any groups of scenes that are perceptual duplicates within the queried distance
   * and the difference between their duration is smaller than durationDiff
   */
  findDuplicateScenes(variables?: G.FindDuplicateScenesQueryVariables, options?: RequestOptions): Promise<G.FindDuplicateScenesQuery['findDuplicateScenes']> {
    return this.runField('findDuplicateScenes', variables, options) as Promise<G.FindDuplicateScenesQuery['findDuplicateScenes']>;
  }

  /**
   * Query.findFile
   *
   * Find a file by its id or path
   */
  findFile(variables?: G.FindFileQueryVariables, options?: RequestOptions): Promise<G.FindFileQuery['findFile']> {
    return this.runField('findFile', variables, options) as Promise<G.FindFileQuery['findFile']>;
  }

  /**
   * Query.findFiles
   *
   * Queries for Files
   */
  findFiles(variables?: G.FindFilesQueryVariables, options?: RequestOptions): Promise<G.FindFilesQuery['findFiles']> {
    return this.runField('findFiles', variables, options) as Promise<G.FindFilesQuery['findFiles']>;
  }

  /**
   * Query.findFolder
   *
   * Find a file by its id or path
   */
  findFolder(variables?: G.FindFolderQueryVariables, options?: RequestOptions): Promise<G.FindFolderQuery['findFolder']> {
    return this.runField('findFolder', variables, options) as Promise<G.FindFolderQuery['findFolder']>;
  }

  /**
   * Query.findFolders
   *
   * Queries for Files
   */
  findFolders(variables?: G.FindFoldersQueryVariables, options?: RequestOptions): Promise<G.FindFoldersQuery['findFolders']> {
    return this.runField('findFolders', variables, options) as Promise<G.FindFoldersQuery['findFolders']>;
  }

  /**
   * Query.findGalleries
   */
  findGalleries(variables?: G.FindGalleriesQueryVariables, options?: RequestOptions): Promise<G.FindGalleriesQuery['findGalleries']> {
    return this.runField('findGalleries', variables, options) as Promise<G.FindGalleriesQuery['findGalleries']>;
  }

  /**
   * Query.findGallery
   */
  findGallery(variables: G.FindGalleryQueryVariables, options?: RequestOptions): Promise<G.FindGalleryQuery['findGallery']> {
    return this.runField('findGallery', variables, options) as Promise<G.FindGalleryQuery['findGallery']>;
  }

  /**
   * Query.findGroup
   *
   * Find a group by ID
   */
  findGroup(variables: G.FindGroupQueryVariables, options?: RequestOptions): Promise<G.FindGroupQuery['findGroup']> {
    return this.runField('findGroup', variables, options) as Promise<G.FindGroupQuery['findGroup']>;
  }

  /**
   * Query.findGroups
   *
   * A function which queries Group objects
   */
  findGroups(variables?: G.FindGroupsQueryVariables, options?: RequestOptions): Promise<G.FindGroupsQuery['findGroups']> {
    return this.runField('findGroups', variables, options) as Promise<G.FindGroupsQuery['findGroups']>;
  }

  /**
   * Query.findImage
   */
  findImage(variables?: G.FindImageQueryVariables, options?: RequestOptions): Promise<G.FindImageQuery['findImage']> {
    return this.runField('findImage', variables, options) as Promise<G.FindImageQuery['findImage']>;
  }

  /**
   * Query.findImages
   *
   * A function which queries Scene objects
   */
  findImages(variables?: G.FindImagesQueryVariables, options?: RequestOptions): Promise<G.FindImagesQuery['findImages']> {
    return this.runField('findImages', variables, options) as Promise<G.FindImagesQuery['findImages']>;
  }

  /**
   * Query.findJob
   */
  findJob(variables: G.FindJobQueryVariables, options?: RequestOptions): Promise<G.FindJobQuery['findJob']> {
    return this.runField('findJob', variables, options) as Promise<G.FindJobQuery['findJob']>;
  }

  /**
   * Query.findMovie
   *
   * Find a movie by ID
   * @deprecated Use findGroup instead
   */
  findMovie(variables: G.FindMovieQueryVariables, options?: RequestOptions): Promise<G.FindMovieQuery['findMovie']> {
    return this.runField('findMovie', variables, options) as Promise<G.FindMovieQuery['findMovie']>;
  }

  /**
   * Query.findMovies
   *
   * A function which queries Movie objects
   * @deprecated Use findGroups instead
   */
  findMovies(variables?: G.FindMoviesQueryVariables, options?: RequestOptions): Promise<G.FindMoviesQuery['findMovies']> {
    return this.runField('findMovies', variables, options) as Promise<G.FindMoviesQuery['findMovies']>;
  }

  /**
   * Query.findPerformer
   *
   * Find a performer by ID
   */
  findPerformer(variables: G.FindPerformerQueryVariables, options?: RequestOptions): Promise<G.FindPerformerQuery['findPerformer']> {
    return this.runField('findPerformer', variables, options) as Promise<G.FindPerformerQuery['findPerformer']>;
  }

  /**
   * Query.findPerformers
   *
   * A function which queries Performer objects
   */
  findPerformers(variables?: G.FindPerformersQueryVariables, options?: RequestOptions): Promise<G.FindPerformersQuery['findPerformers']> {
    return this.runField('findPerformers', variables, options) as Promise<G.FindPerformersQuery['findPerformers']>;
  }

  /**
   * Query.findSavedFilter
   */
  findSavedFilter(variables: G.FindSavedFilterQueryVariables, options?: RequestOptions): Promise<G.FindSavedFilterQuery['findSavedFilter']> {
    return this.runField('findSavedFilter', variables, options) as Promise<G.FindSavedFilterQuery['findSavedFilter']>;
  }

  /**
   * Query.findSavedFilters
   */
  findSavedFilters(variables?: G.FindSavedFiltersQueryVariables, options?: RequestOptions): Promise<G.FindSavedFiltersQuery['findSavedFilters']> {
    return this.runField('findSavedFilters', variables, options) as Promise<G.FindSavedFiltersQuery['findSavedFilters']>;
  }

  /**
   * Query.findScene
   *
   * Find a scene by ID or Checksum
   */
  findScene(variables?: G.FindSceneQueryVariables, options?: RequestOptions): Promise<G.FindSceneQuery['findScene']> {
    return this.runField('findScene', variables, options) as Promise<G.FindSceneQuery['findScene']>;
  }

  /**
   * Query.findSceneByHash
   */
  findSceneByHash(variables: G.FindSceneByHashQueryVariables, options?: RequestOptions): Promise<G.FindSceneByHashQuery['findSceneByHash']> {
    return this.runField('findSceneByHash', variables, options) as Promise<G.FindSceneByHashQuery['findSceneByHash']>;
  }

  /**
   * Query.findSceneMarkers
   *
   * A function which queries SceneMarker objects
   */
  findSceneMarkers(variables?: G.FindSceneMarkersQueryVariables, options?: RequestOptions): Promise<G.FindSceneMarkersQuery['findSceneMarkers']> {
    return this.runField('findSceneMarkers', variables, options) as Promise<G.FindSceneMarkersQuery['findSceneMarkers']>;
  }

  /**
   * Query.findScenes
   *
   * A function which queries Scene objects
   */
  findScenes(variables?: G.FindScenesQueryVariables, options?: RequestOptions): Promise<G.FindScenesQuery['findScenes']> {
    return this.runField('findScenes', variables, options) as Promise<G.FindScenesQuery['findScenes']>;
  }

  /**
   * Query.findScenesByPathRegex
   */
  findScenesByPathRegex(variables?: G.FindScenesByPathRegexQueryVariables, options?: RequestOptions): Promise<G.FindScenesByPathRegexQuery['findScenesByPathRegex']> {
    return this.runField('findScenesByPathRegex', variables, options) as Promise<G.FindScenesByPathRegexQuery['findScenesByPathRegex']>;
  }

  /**
   * Query.findStudio
   *
   * Find a studio by ID
   */
  findStudio(variables: G.FindStudioQueryVariables, options?: RequestOptions): Promise<G.FindStudioQuery['findStudio']> {
    return this.runField('findStudio', variables, options) as Promise<G.FindStudioQuery['findStudio']>;
  }

  /**
   * Query.findStudios
   *
   * A function which queries Studio objects
   */
  findStudios(variables?: G.FindStudiosQueryVariables, options?: RequestOptions): Promise<G.FindStudiosQuery['findStudios']> {
    return this.runField('findStudios', variables, options) as Promise<G.FindStudiosQuery['findStudios']>;
  }

  /**
   * Query.findTag
   */
  findTag(variables: G.FindTagQueryVariables, options?: RequestOptions): Promise<G.FindTagQuery['findTag']> {
    return this.runField('findTag', variables, options) as Promise<G.FindTagQuery['findTag']>;
  }

  /**
   * Query.findTags
   */
  findTags(variables?: G.FindTagsQueryVariables, options?: RequestOptions): Promise<G.FindTagsQuery['findTags']> {
    return this.runField('findTags', variables, options) as Promise<G.FindTagsQuery['findTags']>;
  }

  /**
   * Query.installedPackages
   *
   * List installed packages
   */
  installedPackages(variables: G.InstalledPackagesQueryVariables, options?: RequestOptions): Promise<G.InstalledPackagesQuery['installedPackages']> {
    return this.runField('installedPackages', variables, options) as Promise<G.InstalledPackagesQuery['installedPackages']>;
  }

  /**
   * Query.jobQueue
   */
  jobQueue(variables?: Record<string, never>, options?: RequestOptions): Promise<G.JobQueueQuery['jobQueue']> {
    return this.runField('jobQueue', variables, options) as Promise<G.JobQueueQuery['jobQueue']>;
  }

  /**
   * Query.latestversion
   */
  latestversion(variables?: Record<string, never>, options?: RequestOptions): Promise<G.LatestversionQuery['latestversion']> {
    return this.runField('latestversion', variables, options) as Promise<G.LatestversionQuery['latestversion']>;
  }

  /**
   * Query.listScrapers
   *
   * List available scrapers
   */
  listScrapers(variables: G.ListScrapersQueryVariables, options?: RequestOptions): Promise<G.ListScrapersQuery['listScrapers']> {
    return this.runField('listScrapers', variables, options) as Promise<G.ListScrapersQuery['listScrapers']>;
  }

  /**
   * Query.logs
   */
  logs(variables?: Record<string, never>, options?: RequestOptions): Promise<G.LogsQuery['logs']> {
    return this.runField('logs', variables, options) as Promise<G.LogsQuery['logs']>;
  }

  /**
   * Query.markerStrings
   *
   * Get marker strings
   */
  markerStrings(variables?: G.MarkerStringsQueryVariables, options?: RequestOptions): Promise<G.MarkerStringsQuery['markerStrings']> {
    return this.runField('markerStrings', variables, options) as Promise<G.MarkerStringsQuery['markerStrings']>;
  }

  /**
   * Query.markerWall
   *
   * Retrieve random scene markers for the wall
   */
  markerWall(variables?: G.MarkerWallQueryVariables, options?: RequestOptions): Promise<G.MarkerWallQuery['markerWall']> {
    return this.runField('markerWall', variables, options) as Promise<G.MarkerWallQuery['markerWall']>;
  }

  /**
   * Query.parseSceneFilenames
   */
  parseSceneFilenames(variables: G.ParseSceneFilenamesQueryVariables, options?: RequestOptions): Promise<G.ParseSceneFilenamesQuery['parseSceneFilenames']> {
    return this.runField('parseSceneFilenames', variables, options) as Promise<G.ParseSceneFilenamesQuery['parseSceneFilenames']>;
  }

  /**
   * Query.plugins
   *
   * List loaded plugins
   */
  plugins(variables?: Record<string, never>, options?: RequestOptions): Promise<G.PluginsQuery['plugins']> {
    return this.runField('plugins', variables, options) as Promise<G.PluginsQuery['plugins']>;
  }

  /**
   * Query.pluginTasks
   *
   * List available plugin operations
   */
  pluginTasks(variables?: Record<string, never>, options?: RequestOptions): Promise<G.PluginTasksQuery['pluginTasks']> {
    return this.runField('pluginTasks', variables, options) as Promise<G.PluginTasksQuery['pluginTasks']>;
  }

  /**
   * Query.sceneMarkerTags
   *
   * Organize scene markers by tag for a given scene ID
   */
  sceneMarkerTags(variables: G.SceneMarkerTagsQueryVariables, options?: RequestOptions): Promise<G.SceneMarkerTagsQuery['sceneMarkerTags']> {
    return this.runField('sceneMarkerTags', variables, options) as Promise<G.SceneMarkerTagsQuery['sceneMarkerTags']>;
  }

  /**
   * Query.sceneStreams
   *
   * Return valid stream paths
   */
  sceneStreams(variables?: G.SceneStreamsQueryVariables, options?: RequestOptions): Promise<G.SceneStreamsQuery['sceneStreams']> {
    return this.runField('sceneStreams', variables, options) as Promise<G.SceneStreamsQuery['sceneStreams']>;
  }

  /**
   * Query.sceneWall
   *
   * Retrieve random scenes for the wall
   */
  sceneWall(variables?: G.SceneWallQueryVariables, options?: RequestOptions): Promise<G.SceneWallQuery['sceneWall']> {
    return this.runField('sceneWall', variables, options) as Promise<G.SceneWallQuery['sceneWall']>;
  }

  /**
   * Query.scrapeGalleryURL
   *
   * Scrapes a complete gallery record based on a URL
   */
  scrapeGalleryURL(variables: G.ScrapeGalleryURLQueryVariables, options?: RequestOptions): Promise<G.ScrapeGalleryURLQuery['scrapeGalleryURL']> {
    return this.runField('scrapeGalleryURL', variables, options) as Promise<G.ScrapeGalleryURLQuery['scrapeGalleryURL']>;
  }

  /**
   * Query.scrapeGroupURL
   *
   * Scrapes a complete group record based on a URL
   */
  scrapeGroupURL(variables: G.ScrapeGroupURLQueryVariables, options?: RequestOptions): Promise<G.ScrapeGroupURLQuery['scrapeGroupURL']> {
    return this.runField('scrapeGroupURL', variables, options) as Promise<G.ScrapeGroupURLQuery['scrapeGroupURL']>;
  }

  /**
   * Query.scrapeImageURL
   *
   * Scrapes a complete image record based on a URL
   */
  scrapeImageURL(variables: G.ScrapeImageURLQueryVariables, options?: RequestOptions): Promise<G.ScrapeImageURLQuery['scrapeImageURL']> {
    return this.runField('scrapeImageURL', variables, options) as Promise<G.ScrapeImageURLQuery['scrapeImageURL']>;
  }

  /**
   * Query.scrapeMovieURL
   *
   * Scrapes a complete movie record based on a URL
   * @deprecated Use scrapeGroupURL instead
   */
  scrapeMovieURL(variables: G.ScrapeMovieURLQueryVariables, options?: RequestOptions): Promise<G.ScrapeMovieURLQuery['scrapeMovieURL']> {
    return this.runField('scrapeMovieURL', variables, options) as Promise<G.ScrapeMovieURLQuery['scrapeMovieURL']>;
  }

  /**
   * Query.scrapeMultiPerformers
   *
   * Scrape for multiple performers
   */
  scrapeMultiPerformers(variables: G.ScrapeMultiPerformersQueryVariables, options?: RequestOptions): Promise<G.ScrapeMultiPerformersQuery['scrapeMultiPerformers']> {
    return this.runField('scrapeMultiPerformers', variables, options) as Promise<G.ScrapeMultiPerformersQuery['scrapeMultiPerformers']>;
  }

  /**
   * Query.scrapeMultiScenes
   *
   * Scrape for multiple scenes
   */
  scrapeMultiScenes(variables: G.ScrapeMultiScenesQueryVariables, options?: RequestOptions): Promise<G.ScrapeMultiScenesQuery['scrapeMultiScenes']> {
    return this.runField('scrapeMultiScenes', variables, options) as Promise<G.ScrapeMultiScenesQuery['scrapeMultiScenes']>;
  }

  /**
   * Query.scrapePerformerURL
   *
   * Scrapes a complete performer record based on a URL
   */
  scrapePerformerURL(variables: G.ScrapePerformerURLQueryVariables, options?: RequestOptions): Promise<G.ScrapePerformerURLQuery['scrapePerformerURL']> {
    return this.runField('scrapePerformerURL', variables, options) as Promise<G.ScrapePerformerURLQuery['scrapePerformerURL']>;
  }

  /**
   * Query.scrapeSceneURL
   *
   * Scrapes a complete scene record based on a URL
   */
  scrapeSceneURL(variables: G.ScrapeSceneURLQueryVariables, options?: RequestOptions): Promise<G.ScrapeSceneURLQuery['scrapeSceneURL']> {
    return this.runField('scrapeSceneURL', variables, options) as Promise<G.ScrapeSceneURLQuery['scrapeSceneURL']>;
  }

  /**
   * Query.scrapeSingleGallery
   *
   * Scrape for a single gallery
   */
  scrapeSingleGallery(variables: G.ScrapeSingleGalleryQueryVariables, options?: RequestOptions): Promise<G.ScrapeSingleGalleryQuery['scrapeSingleGallery']> {
    return this.runField('scrapeSingleGallery', variables, options) as Promise<G.ScrapeSingleGalleryQuery['scrapeSingleGallery']>;
  }

  /**
   * Query.scrapeSingleGroup
   *
   * Scrape for a single group
   */
  scrapeSingleGroup(variables: G.ScrapeSingleGroupQueryVariables, options?: RequestOptions): Promise<G.ScrapeSingleGroupQuery['scrapeSingleGroup']> {
    return this.runField('scrapeSingleGroup', variables, options) as Promise<G.ScrapeSingleGroupQuery['scrapeSingleGroup']>;
  }

  /**
   * Query.scrapeSingleImage
   *
   * Scrape for a single image
   */
  scrapeSingleImage(variables: G.ScrapeSingleImageQueryVariables, options?: RequestOptions): Promise<G.ScrapeSingleImageQuery['scrapeSingleImage']> {
    return this.runField('scrapeSingleImage', variables, options) as Promise<G.ScrapeSingleImageQuery['scrapeSingleImage']>;
  }

  /**
   * Query.scrapeSingleMovie
   *
   * Scrape for a single movie
   * @deprecated Use scrapeSingleGroup instead
   */
  scrapeSingleMovie(variables: G.ScrapeSingleMovieQueryVariables, options?: RequestOptions): Promise<G.ScrapeSingleMovieQuery['scrapeSingleMovie']> {
    return this.runField('scrapeSingleMovie', variables, options) as Promise<G.ScrapeSingleMovieQuery['scrapeSingleMovie']>;
  }

  /**
   * Query.scrapeSinglePerformer
   *
   * Scrape for a single performer
   */
  scrapeSinglePerformer(variables: G.ScrapeSinglePerformerQueryVariables, options?: RequestOptions): Promise<G.ScrapeSinglePerformerQuery['scrapeSinglePerformer']> {
    return this.runField('scrapeSinglePerformer', variables, options) as Promise<G.ScrapeSinglePerformerQuery['scrapeSinglePerformer']>;
  }

  /**
   * Query.scrapeSingleScene
   *
   * Scrape for a single scene
   */
  scrapeSingleScene(variables: G.ScrapeSingleSceneQueryVariables, options?: RequestOptions): Promise<G.ScrapeSingleSceneQuery['scrapeSingleScene']> {
    return this.runField('scrapeSingleScene', variables, options) as Promise<G.ScrapeSingleSceneQuery['scrapeSingleScene']>;
  }

  /**
   * Query.scrapeSingleStudio
   *
   * Scrape for a single studio
   */
  scrapeSingleStudio(variables: G.ScrapeSingleStudioQueryVariables, options?: RequestOptions): Promise<G.ScrapeSingleStudioQuery['scrapeSingleStudio']> {
    return this.runField('scrapeSingleStudio', variables, options) as Promise<G.ScrapeSingleStudioQuery['scrapeSingleStudio']>;
  }

  /**
   * Query.scrapeSingleTag
   *
   * Scrape for a single tag
   */
  scrapeSingleTag(variables: G.ScrapeSingleTagQueryVariables, options?: RequestOptions): Promise<G.ScrapeSingleTagQuery['scrapeSingleTag']> {
    return this.runField('scrapeSingleTag', variables, options) as Promise<G.ScrapeSingleTagQuery['scrapeSingleTag']>;
  }

  /**
   * Query.scrapeURL
   *
   * Scrapes content based on a URL
   */
  scrapeURL(variables: G.ScrapeURLQueryVariables, options?: RequestOptions): Promise<G.ScrapeURLQuery['scrapeURL']> {
    return this.runField('scrapeURL', variables, options) as Promise<G.ScrapeURLQuery['scrapeURL']>;
  }

  /**
   * Query.stats
   *
   * Get stats
   */
  stats(variables?: Record<string, never>, options?: RequestOptions): Promise<G.StatsQuery['stats']> {
    return this.runField('stats', variables, options) as Promise<G.StatsQuery['stats']>;
  }

  /**
   * Query.systemStatus
   */
  systemStatus(variables?: Record<string, never>, options?: RequestOptions): Promise<G.SystemStatusQuery['systemStatus']> {
    return this.runField('systemStatus', variables, options) as Promise<G.SystemStatusQuery['systemStatus']>;
  }

  /**
   * Query.validateStashBoxCredentials
   */
  validateStashBoxCredentials(variables: G.ValidateStashBoxCredentialsQueryVariables, options?: RequestOptions): Promise<G.ValidateStashBoxCredentialsQuery['validateStashBoxCredentials']> {
    return this.runField('validateStashBoxCredentials', variables, options) as Promise<G.ValidateStashBoxCredentialsQuery['validateStashBoxCredentials']>;
  }

  /**
   * Query.version
   */
  version(variables?: Record<string, never>, options?: RequestOptions): Promise<G.VersionQuery['version']> {
    return this.runField('version', variables, options) as Promise<G.VersionQuery['version']>;
  }

  /**
   * Subscription.jobsSubscribe
   *
   * Update from the metadata manager
   */
  jobsSubscribe(variables?: Record<string, never>, options?: SubscriptionOptions): AsyncIterableIterator<G.JobsSubscribeSubscription['jobsSubscribe']> {
    return this.subscribeField('jobsSubscribe', variables, options) as AsyncIterableIterator<G.JobsSubscribeSubscription['jobsSubscribe']>;
  }

  /**
   * Subscription.loggingSubscribe
   */
  loggingSubscribe(variables?: Record<string, never>, options?: SubscriptionOptions): AsyncIterableIterator<G.LoggingSubscribeSubscription['loggingSubscribe']> {
    return this.subscribeField('loggingSubscribe', variables, options) as AsyncIterableIterator<G.LoggingSubscribeSubscription['loggingSubscribe']>;
  }

  /**
   * Subscription.scanCompleteSubscribe
   */
  scanCompleteSubscribe(variables?: Record<string, never>, options?: SubscriptionOptions): AsyncIterableIterator<G.ScanCompleteSubscribeSubscription['scanCompleteSubscribe']> {
    return this.subscribeField('scanCompleteSubscribe', variables, options) as AsyncIterableIterator<G.ScanCompleteSubscribeSubscription['scanCompleteSubscribe']>;
  }
}

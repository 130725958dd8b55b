//! The private print folder: PDFs with personal data that the coach previews or prints go
//! here (never to a shared temp folder), readable only by this user, and the folder is
//! emptied when the app locks, starts and exits. Saving elsewhere is the coach's choice.

use std::path::{Path, PathBuf};

use crate::error::Result;
use crate::store::secrets::write_private;

/// The print folder inside the app's data folder.
#[derive(Debug, Clone)]
pub struct PrintFolder {
    dir: PathBuf,
}

impl PrintFolder {
    /// The folder `print` under `data_dir` (created on first write).
    pub fn new(data_dir: &Path) -> Self {
        Self {
            dir: data_dir.join("print"),
        }
    }

    /// Where the files go.
    pub fn path(&self) -> &Path {
        &self.dir
    }

    /// Write `bytes` as `name` (a plain file name, no directories) with owner-only access,
    /// in a folder with owner-only access. Returns the full path.
    pub fn write(&self, name: &str, bytes: &[u8]) -> Result<PathBuf> {
        let name = Path::new(name)
            .file_name()
            .ok_or_else(|| std::io::Error::other("a print file needs a plain name"))?;
        std::fs::create_dir_all(&self.dir)?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&self.dir, std::fs::Permissions::from_mode(0o700))?;
        }
        let path = self.dir.join(name);
        write_private(&path, bytes)?;
        Ok(path)
    }

    /// True when `path` is a file directly inside this folder (the app only opens those).
    pub fn contains(&self, path: &Path) -> bool {
        match (
            path.parent().map(Path::canonicalize),
            self.dir.canonicalize(),
        ) {
            (Some(Ok(parent)), Ok(dir)) => parent == dir && path.is_file(),
            _ => false,
        }
    }

    /// Remove every file in the folder; returns how many were removed. A missing folder is
    /// already clean.
    pub fn clean(&self) -> Result<usize> {
        let entries = match std::fs::read_dir(&self.dir) {
            Ok(e) => e,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(0),
            Err(e) => return Err(e.into()),
        };
        let mut removed = 0;
        for entry in entries {
            let path = entry?.path();
            if path.is_dir() {
                std::fs::remove_dir_all(&path)?;
            } else {
                std::fs::remove_file(&path)?;
            }
            removed += 1;
        }
        Ok(removed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_are_private_and_cleaning_removes_them_all() {
        let data = tempfile::tempdir().expect("temp dir");
        let folder = PrintFolder::new(data.path());
        assert_eq!(
            folder.clean().expect("clean"),
            0,
            "a missing folder is clean"
        );
        let a = folder.write("V56-1.pdf", b"%PDF-1.7 a").expect("write");
        folder.write("INZ-2.json", b"{}").expect("write");
        assert!(folder.contains(&a), "a written file is inside the folder");
        assert!(
            !folder.contains(&data.path().join("werkpad.db")),
            "files elsewhere are not the print folder's"
        );
        let escaped = folder.write("../escape.pdf", b"x").expect("write");
        assert_eq!(
            escaped.parent(),
            Some(folder.path()),
            "a name with directories is reduced to its file name"
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = |p: &Path| std::fs::metadata(p).expect("meta").permissions().mode() & 0o777;
            assert_eq!(
                mode(folder.path()),
                0o700,
                "only the coach's user can list it"
            );
            assert_eq!(mode(&a), 0o600, "only the coach's user can read a PDF");
        }
        assert_eq!(folder.clean().expect("clean"), 3, "every file goes");
        assert_eq!(
            std::fs::read_dir(folder.path()).expect("dir").count(),
            0,
            "nothing with personal data remains"
        );
    }
}

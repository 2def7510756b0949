// Hard-coded until the association singleton is read from the content layer.
export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p className="site-footer__name">Intresseföreningen Bergslaget</p>
        <address>
          Myntgatan 2
          <br />
          791&nbsp;51 Falun
        </address>
        <p>
          Organisationsnummer <span className="nowrap">885501-2327</span>
        </p>
        <p>
          <a href="https://bergslaget.se">bergslaget.se</a>
        </p>
      </div>
    </footer>
  )
}
